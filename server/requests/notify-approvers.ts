// Tells whoever decides a request's current step that it waits for them: its approvers, or —
// when nobody can decide it (no manager on the profile, every approver gone) — the admins,
// saying why, so a request never waits silently for no one.
import { findApp } from "../apps/app-store.ts";
import type { Mailer } from "../mail/mailer.ts";
import type { Db } from "../storage/database.ts";
import type { AccessRequestRow, ApprovalStep } from "../storage/requests-schema.ts";
import { findUserById } from "../storage/users.ts";
import { fallbackApprovers, resolveStepApprovers, type StepApprovers } from "./approvers.ts";
import { mailAccounts, needsApproverMail, toApproveMail } from "./request-mails.ts";

export type CurrentStep = {
  index: number;
  step: ApprovalStep;
  approvers: StepApprovers;
  /** Who may decide it: its approvers, or the admins when it needs an approver. */
  deciders: string[];
};

export function stepsOf(request: Pick<AccessRequestRow, "steps">): ApprovalStep[] {
  return JSON.parse(request.steps) as ApprovalStep[];
}

/** The step an undecided request waits on, and who may decide it now. */
export async function currentStep(
  db: Db,
  request: AccessRequestRow,
): Promise<CurrentStep | undefined> {
  const steps = stepsOf(request);
  const step = steps[request.approved_steps];
  const requester = await findUserById(db, request.requester_id);
  if (step === undefined || requester === undefined) {
    return undefined;
  }
  const approvers = await resolveStepApprovers(db, step, requester);
  const deciders = approvers.resolved
    ? approvers.userIds
    : await fallbackApprovers(db, requester.id);
  return { index: request.approved_steps, step, approvers, deciders };
}

/**
 * Whether `approverId` may decide the step `request` waits on now: one of its deciders, and not
 * someone who decided an earlier step (each step needs another person). decide-request.ts
 * refuses the same cases with their reasons.
 */
export async function waitsForDecisionOf(
  db: Db,
  request: AccessRequestRow,
  approverId: string,
): Promise<boolean> {
  const step = await currentStep(db, request);
  if (step?.deciders.includes(approverId) !== true) {
    return false;
  }
  const decidedBefore = await db
    .selectFrom("access_request_decisions")
    .select("step")
    .where("request_id", "=", request.id)
    .where("approver_id", "=", approverId)
    .executeTakeFirst();
  return decidedBefore === undefined;
}

export async function notifyStepApprovers(
  context: { db: Db; mailer: Mailer },
  request: AccessRequestRow,
): Promise<void> {
  const current = await currentStep(context.db, request);
  const requester = await findUserById(context.db, request.requester_id);
  const app = await findApp(context.db, request.app_id);
  if (current === undefined || requester === undefined || app === undefined) {
    return;
  }
  const values = {
    requester: requester.display_name,
    email: requester.email,
    app: app.display_name,
    reason: request.reason,
    hasDuration: request.duration_days === null ? "no" : "yes",
    days: request.duration_days ?? 0,
  };
  if (current.approvers.resolved) {
    await mailAccounts(context, current.deciders, toApproveMail, values, {
      expiresAt: request.expires_at,
    });
  } else {
    await mailAccounts(context, current.deciders, needsApproverMail, {
      ...values,
      missing: current.approvers.missing,
    });
  }
}
