// An employee asks for an app, or takes back a request still undecided. The reason is required,
// the duration must be one the app's flow allows, and one person has one undecided request per
// app (a unique index on pending requests, so a double submit cannot make two).
import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { findApp, isAppAssigned } from "../apps/app-store.ts";
import { recordAuditEvent, type AuditOrigin } from "../audit/audit-log.ts";
import type { Mailer } from "../mail/mailer.ts";
import { changeTopics, type AnnounceChange } from "../storage/change-topics.ts";
import type { Db } from "../storage/database.ts";
import type { AccessRequestRow } from "../storage/requests-schema.ts";
import { findUserById } from "../storage/users.ts";
import { notifyStepApprovers } from "./notify-approvers.ts";
import { findRequestFlow, isAllowedDuration, type RequestFlow } from "./request-flows.ts";

export type RequestContext = {
  db: Db;
  mailer: Mailer;
  now: number;
  /** Tells every instance a request changed: the desktop apps waiting on one notify or forget. */
  announce: AnnounceChange;
  origin?: AuditOrigin;
};

export const announceRequestChange = (context: Pick<RequestContext, "announce">) =>
  context.announce(changeTopics.accessRequests);

const day = 24 * 60 * 60_000;
export const reasonMaxLength = 1000;

export type SubmitOutcome =
  | { ok: true; request: AccessRequestRow }
  | {
      ok: false;
      reason:
        | "not_requestable"
        | "already_has_access"
        | "already_pending"
        | "duration_not_allowed"
        | "reason_required";
    };

/** Whether the user may request the app under its flow (active, and in the requesters group). */
export async function mayRequest(db: Db, flow: RequestFlow, userId: string): Promise<boolean> {
  if (flow.requestersGroupId === null) {
    return true;
  }
  const member = await db
    .selectFrom("group_members")
    .select("user_id")
    .where("group_id", "=", flow.requestersGroupId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return member !== undefined;
}

export async function submitRequest(
  context: RequestContext,
  input: { requesterId: string; appId: string; reason: string; durationDays: number | null },
): Promise<SubmitOutcome> {
  const { db, now } = context;
  const reason = input.reason.trim();
  if (reason === "" || reason.length > reasonMaxLength) {
    return { ok: false, reason: "reason_required" };
  }
  const requester = await findUserById(db, input.requesterId);
  const flow = await findRequestFlow(db, input.appId);
  const app = await findApp(db, input.appId);
  if (
    requester?.status !== "active" ||
    flow === undefined ||
    app === undefined ||
    !(await mayRequest(db, flow, requester.id))
  ) {
    return { ok: false, reason: "not_requestable" };
  }
  if (await isAppAssigned(db, requester.id, app.id)) {
    return { ok: false, reason: "already_has_access" };
  }
  if (!isAllowedDuration(flow, input.durationDays)) {
    return { ok: false, reason: "duration_not_allowed" };
  }
  const request: AccessRequestRow = {
    id: randomUUID(),
    app_id: app.id,
    requester_id: requester.id,
    reason,
    duration_days: input.durationDays,
    target_group_id: flow.targetGroupId,
    steps: JSON.stringify(flow.steps),
    approved_steps: 0,
    state: "pending",
    created_at: now,
    expires_at: now + flow.expireAfterDays * day,
    decided_at: null,
    decided_by: null,
    grant_ends_at: null,
    grant_reminded_at: null,
    grant_ended_at: null,
  };
  const inserted = await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto("access_requests")
      .values(request)
      .onConflict((conflict) =>
        conflict
          .columns(["app_id", "requester_id"])
          // the literal, not a parameter: SQLite matches it against the partial index's WHERE
          .where(sql.ref("state"), "=", sql.lit("pending"))
          .doNothing(),
      )
      .returning("id")
      .executeTakeFirst();
    if (row !== undefined) {
      await recordAuditEvent(trx, {
        event: "request.submitted",
        at: now,
        actorId: requester.id,
        targetId: requester.id,
        targetEmail: requester.email,
        origin: context.origin,
        details: { requestId: request.id, appId: app.id, durationDays: input.durationDays },
      });
    }
    return row !== undefined;
  });
  if (!inserted) {
    return { ok: false, reason: "already_pending" };
  }
  await announceRequestChange(context);
  await notifyStepApprovers(context, request);
  return { ok: true, request };
}

/** The requester takes back their own undecided request; anyone else's is "not found". */
export async function cancelRequest(
  context: RequestContext,
  input: { requestId: string; requesterId: string },
): Promise<{ ok: true } | { ok: false; reason: "not_found" | "not_pending" }> {
  const outcome = await context.db.transaction().execute(async (trx) => {
    const cancelled = await trx
      .updateTable("access_requests")
      .set({ state: "cancelled", decided_at: context.now, decided_by: input.requesterId })
      .where("id", "=", input.requestId)
      .where("requester_id", "=", input.requesterId)
      .where("state", "=", "pending")
      .executeTakeFirst();
    if (cancelled.numUpdatedRows === 0n) {
      const exists = await trx
        .selectFrom("access_requests")
        .select("id")
        .where("id", "=", input.requestId)
        .where("requester_id", "=", input.requesterId)
        .executeTakeFirst();
      return { ok: false, reason: exists === undefined ? "not_found" : "not_pending" } as const;
    }
    await recordAuditEvent(trx, {
      event: "request.cancelled",
      at: context.now,
      actorId: input.requesterId,
      targetId: input.requesterId,
      origin: context.origin,
      details: { requestId: input.requestId },
    });
    return { ok: true } as const;
  });
  if (outcome.ok) {
    await announceRequestChange(context);
  }
  return outcome;
}
