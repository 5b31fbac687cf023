// The browser's side of a sign-in approved on the desktop app (issue 17): after the password the
// flow waits at the "push" step; the browser asks for the prompt (waiting for a change on any
// instance), sends another request, or switches to a code. An approval becomes a session only
// here, after the account's lock is checked again (docs/design.md §5: every step re-reads it).
import type { AuditOrigin } from "../../audit/audit-log.ts";
import { readPolicy } from "../../policies/policy-store.ts";
import type { PushPrompt } from "../../schemas/push.ts";
import { changeTopics } from "../../storage/change-topics.ts";
import type { LoginFlow, LockReason } from "../../storage/schema.ts";
import { findUserById } from "../../storage/users.ts";
import { waitForChange } from "../../storage/wait-for-change.ts";
import { completeSignIn, type CompletedSignIn } from "../complete-sign-in.ts";
import { finishLoginFlow, readLoginFlow } from "../login-flow.ts";
import { clearFailedAttempts, lockState } from "../lockout.ts";
import { hasActiveTotp } from "../mfa/totp-factor.ts";
import type { SessionContext, SessionOrigin } from "../session.ts";
import { pushAvailability } from "./push-availability.ts";
import { announcePushChange, sendPushRequest, type PushChannelContext } from "./push-offer.ts";
import { describePushPrompt, pushSettled } from "./push-prompt.ts";
import {
  cancelPendingPushRequests,
  countRecentPushRequests,
  latestPushRequest,
  pushStateOf,
} from "./push-requests.ts";

export type PushSignInContext = SessionContext & PushChannelContext & { closing: AbortSignal };

type Ended = { ok: false; reason: "flow_expired" };
type Locked = { ok: false; reason: "locked"; until: number | null; lockReason: LockReason };

export type PushWaitResult = CompletedSignIn | { ok: true; prompt: PushPrompt } | Ended | Locked;

async function pushFlow(context: SessionContext, flowToken: string) {
  const flow = await readLoginFlow(context, flowToken);
  return flow === undefined || flow.step !== "push" || flow.user_id === null
    ? undefined
    : (flow as LoginFlow & { user_id: string });
}

async function promptFor(context: SessionContext, flow: LoginFlow & { user_id: string }) {
  const now = context.clock.now();
  const request = await latestPushRequest(context.db, flow.id);
  return {
    request,
    prompt: describePushPrompt({
      request,
      availability: await pushAvailability(context.db, flow.user_id, now),
      hasTotp: await hasActiveTotp(context.db, flow.user_id),
      overLimit:
        (await countRecentPushRequests(context.db, flow.user_id, now)) >=
        (await readPolicy(context.db, "push")).maxRequestsPerTenMinutes,
      now,
    }),
  };
}

/** The prompt, after waiting up to `waitMilliseconds` for the request to be answered. */
export async function waitForPushAnswer(
  context: PushSignInContext,
  input: { flowToken: string; waitMilliseconds: number; origin: SessionOrigin & AuditOrigin },
): Promise<PushWaitResult> {
  const flow = await pushFlow(context, input.flowToken);
  if (flow === undefined) {
    return { ok: false, reason: "flow_expired" };
  }
  const settled = async () => {
    const request = await latestPushRequest(context.db, flow.id);
    return pushSettled(request, context.clock.now()) ? true : undefined;
  };
  if (input.waitMilliseconds > 0) {
    await waitForChange(context.changes, {
      topics: [changeTopics.pushRequests],
      read: settled,
      waitMilliseconds: input.waitMilliseconds,
      closing: context.closing,
    });
  }
  const { request, prompt } = await promptFor(context, flow);
  if (request?.deny_reason === "reported") {
    // "This wasn't me" on the desktop app: this sign-in is over.
    await finishLoginFlow(context.db, flow.id);
    return { ok: true, prompt };
  }
  if (request === undefined || pushStateOf(request, context.clock.now()) !== "approved") {
    return { ok: true, prompt };
  }
  return finishApprovedSignIn(context, { flow, origin: input.origin });
}

async function finishApprovedSignIn(
  context: SessionContext,
  input: { flow: LoginFlow & { user_id: string }; origin: SessionOrigin },
): Promise<CompletedSignIn | Ended | Locked> {
  const { db, clock } = context;
  const now = clock.now();
  const user = await findUserById(db, input.flow.user_id);
  if (user === undefined || user.status !== "active") {
    await finishLoginFlow(db, input.flow.id);
    return { ok: false, reason: "flow_expired" };
  }
  const lock = lockState(user, now);
  if (lock.locked || !(await clearFailedAttempts(db, user.id, now))) {
    // Locked since the password step (an admin, a report, failures elsewhere): the lock wins.
    await finishLoginFlow(db, input.flow.id);
    const current = lockState((await findUserById(db, user.id)) ?? user, now);
    return current.locked
      ? { ok: false, reason: "locked", until: current.until, lockReason: current.reason }
      : { ok: false, reason: "locked", until: null, lockReason: "failed_attempts" };
  }
  return completeSignIn(context, {
    flow: input.flow,
    user,
    origin: input.origin,
    hasFactor: true,
    method: "push",
  });
}

export type PushResendResult =
  { ok: true; prompt: PushPrompt } | { ok: false; reason: "limited" | "unavailable" } | Ended;

/** "Send another request": after a wrong number, an expiry or a cancellation. */
export async function resendPushRequest(
  context: PushSignInContext,
  input: { flowToken: string; origin: SessionOrigin & AuditOrigin },
): Promise<PushResendResult> {
  const { db, clock } = context;
  const flow = await pushFlow(context, input.flowToken);
  const user = flow === undefined ? undefined : await findUserById(db, flow.user_id);
  if (flow === undefined || user === undefined) {
    return { ok: false, reason: "flow_expired" };
  }
  const now = clock.now();
  const latest = await latestPushRequest(db, flow.id);
  if (latest !== undefined && pushStateOf(latest, now) === "pending") {
    return { ok: true, prompt: (await promptFor(context, flow)).prompt };
  }
  const availability = await pushAvailability(db, user.id, now);
  if (
    latest?.deny_reason === "reported" ||
    availability.kind !== "ready" ||
    lockState(user, now).locked
  ) {
    return { ok: false, reason: "unavailable" };
  }
  const sent = await sendPushRequest(
    { ...context, now },
    { flowId: flow.id, user, policy: availability.policy, origin: input.origin },
  );
  return sent.ok ? { ok: true, prompt: (await promptFor(context, flow)).prompt } : sent;
}

/** "Use a code instead": the pending request is withdrawn and the flow waits for a code. */
export async function switchToCode(
  context: PushSignInContext,
  input: { flowToken: string },
): Promise<{ ok: true } | { ok: false; reason: "no_code" } | Ended> {
  const { db, clock } = context;
  const flow = await pushFlow(context, input.flowToken);
  if (flow === undefined) {
    return { ok: false, reason: "flow_expired" };
  }
  if (!(await hasActiveTotp(db, flow.user_id))) {
    return { ok: false, reason: "no_code" };
  }
  const latest = await latestPushRequest(db, flow.id);
  if (latest?.deny_reason === "reported") {
    return { ok: false, reason: "flow_expired" };
  }
  const moved = await db
    .updateTable("login_flows")
    .set({ step: "mfa" })
    .where("id", "=", flow.id)
    .where("step", "=", "push")
    .executeTakeFirst();
  if (moved.numUpdatedRows === 0n) {
    return { ok: false, reason: "flow_expired" };
  }
  if ((await cancelPendingPushRequests(db, flow.id, clock.now())) > 0) {
    await announcePushChange(context);
  }
  return { ok: true };
}
