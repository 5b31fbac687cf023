// An approver approves or denies the step a request waits on. One conditional UPDATE (still
// pending, still at this step, not yet expired) makes each decision atomic: of two approvers
// deciding at once exactly one wins, and nobody decides a request after it expired. The last
// approval grants: the requester joins the flow's target group, for the duration asked.
import { findApp } from "../apps/app-store.ts";
import { recordAuditEvent } from "../audit/audit-log.ts";
import type { AccessRequestRow } from "../storage/requests-schema.ts";
import { findUserById } from "../storage/users.ts";
import { currentStep, notifyStepApprovers, stepsOf } from "./notify-approvers.ts";
import { approvedMail, deniedMail, mailAccounts } from "./request-mails.ts";
import { announceRequestChange, type RequestContext } from "./submit-request.ts";

const day = 24 * 60 * 60_000;

export type Decision = "approved" | "denied";

export type DecideOutcome =
  | { ok: true; request: AccessRequestRow }
  | {
      ok: false;
      reason:
        | "not_found"
        | "not_pending"
        | "expired"
        | "self_approval"
        | "not_an_approver"
        | "decided_earlier_step";
    };

export async function decideRequest(
  context: RequestContext,
  input: { requestId: string; approverId: string; decision: Decision },
): Promise<DecideOutcome> {
  const { db, now } = context;
  const request = await db
    .selectFrom("access_requests")
    .selectAll()
    .where("id", "=", input.requestId)
    .executeTakeFirst();
  if (request === undefined) {
    return { ok: false, reason: "not_found" };
  }
  if (request.requester_id === input.approverId) {
    return { ok: false, reason: "self_approval" };
  }
  if (request.state !== "pending") {
    return { ok: false, reason: "not_pending" };
  }
  if (request.expires_at <= now) {
    return { ok: false, reason: "expired" };
  }
  const step = await currentStep(db, request);
  if (step === undefined || !step.deciders.includes(input.approverId)) {
    return { ok: false, reason: "not_an_approver" };
  }
  const earlier = await db
    .selectFrom("access_request_decisions")
    .select("step")
    .where("request_id", "=", request.id)
    .where("approver_id", "=", input.approverId)
    .executeTakeFirst();
  if (earlier !== undefined) {
    return { ok: false, reason: "decided_earlier_step" }; // each step needs another person
  }
  const last = step.index === stepsOf(request).length - 1;
  const finished = input.decision === "denied" || last;
  const grantEndsAt =
    input.decision === "approved" && last && request.duration_days !== null
      ? now + request.duration_days * day
      : null;
  const decided = await db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable("access_requests")
      .set({
        approved_steps: input.decision === "approved" ? step.index + 1 : step.index,
        ...(finished
          ? {
              state: input.decision,
              decided_at: now,
              decided_by: input.approverId,
              grant_ends_at: grantEndsAt,
            }
          : {}),
      })
      .where("id", "=", request.id)
      .where("state", "=", "pending")
      .where("approved_steps", "=", step.index)
      .where("expires_at", ">", now)
      .returningAll()
      .executeTakeFirst();
    if (updated === undefined) {
      return undefined; // another approver, the requester or the expiry got there first
    }
    await trx
      .insertInto("access_request_decisions")
      .values({
        request_id: request.id,
        step: step.index,
        approver_id: input.approverId,
        decision: input.decision,
        decided_at: now,
      })
      .execute();
    await recordAuditEvent(trx, {
      event: input.decision === "approved" ? "request.approved" : "request.denied",
      at: now,
      actorId: input.approverId,
      targetId: request.requester_id,
      origin: context.origin,
      details: { requestId: request.id, appId: request.app_id, step: step.index + 1 },
    });
    if (input.decision === "approved" && last) {
      await trx
        .insertInto("group_members")
        .values({ group_id: request.target_group_id, user_id: request.requester_id })
        .onConflict((conflict) => conflict.columns(["group_id", "user_id"]).doNothing())
        .execute();
      await recordAuditEvent(trx, {
        event: "access.granted",
        at: now,
        actorId: input.approverId,
        targetId: request.requester_id,
        details: {
          requestId: request.id,
          appId: request.app_id,
          groupId: request.target_group_id,
          endsAt: grantEndsAt,
        },
      });
    }
    return updated;
  });
  if (decided === undefined) {
    return { ok: false, reason: "not_pending" };
  }
  await announceRequestChange(context);
  await tellRequester(context, decided, input.approverId);
  return { ok: true, request: decided };
}

async function tellRequester(
  context: RequestContext,
  request: AccessRequestRow,
  approverId: string,
): Promise<void> {
  const app = await findApp(context.db, request.app_id);
  const approver = await findUserById(context.db, approverId);
  if (app === undefined || approver === undefined) {
    return;
  }
  if (request.state === "pending") {
    await notifyStepApprovers(context, request); // the next step waits for its approvers
  } else if (request.state === "approved") {
    const endsAt = request.grant_ends_at;
    await mailAccounts(
      context,
      [request.requester_id],
      approvedMail,
      { app: app.display_name, hasEnd: endsAt === null ? "no" : "yes" },
      endsAt === null ? {} : { endsAt },
    );
  } else {
    await mailAccounts(context, [request.requester_id], deniedMail, {
      app: app.display_name,
      approver: approver.display_name,
    });
  }
}
