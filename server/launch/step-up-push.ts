// Per-app MFA at launch answered on the desktop app (issue 17): when the app requires MFA and
// the user's desktop app can approve, the browser shows the number and the desktop app offers
// three — the same rules as a sign-in (2 minutes, answered once, fatigue limits, the pause after
// denials, "This wasn't me"), with the code as the other way. The request is bound to this
// launch's hand-off (its flow), never to a sign-in; only its approval opens this app, once, after
// the account's lock is read again.
import type { AuditOrigin } from "../audit/audit-log.ts";
import { lockState } from "../auth/lockout.ts";
import { pushAvailability, type PushAvailability } from "../auth/push/push-availability.ts";
import { announcePushChange, sendPushRequest } from "../auth/push/push-offer.ts";
import { describePushPrompt, pushSettled } from "../auth/push/push-prompt.ts";
import {
  cancelPendingPushRequests,
  countRecentPushRequests,
  latestPushRequest,
  pushStateOf,
} from "../auth/push/push-requests.ts";
import { readPolicy } from "../policies/policy-store.ts";
import type { PushPrompt } from "../schemas/push.ts";
import { changeTopics } from "../storage/change-topics.ts";
import { waitForChange } from "../storage/wait-for-change.ts";
import { consumeHandoff, findHandoff, type Handoff } from "./launch-handoffs.ts";
import { loadLaunch, proceedToApp, type Launch } from "./launch-access.ts";
import type { PushStepUpContext } from "./step-up-push-context.ts";
import type { AppSignIn } from "./sign-in-to-app.ts";

type Pending = { handoff: Handoff; launch: Launch };

/** The step-up the browser's hand-off cookie proves, still waiting, and its launch. */
async function pendingStepUp(context: PushStepUpContext, token: string | undefined) {
  const handoff = await findHandoff(context, token, "mfa");
  const launch =
    handoff === undefined ? undefined : await loadLaunch(context, handoff.userId, handoff.appId);
  return handoff === undefined || launch === undefined ? undefined : { handoff, launch };
}

/** This step-up's latest request: bound to its hand-off, its user and its app. */
async function latestRequest(context: PushStepUpContext, { handoff }: Pending) {
  const request = await latestPushRequest(context.db, handoff.id);
  return request?.purpose === "step_up" &&
    request.user_id === handoff.userId &&
    request.app_id === handoff.appId
    ? request
    : undefined;
}

async function promptFor(context: PushStepUpContext, pending: Pending): Promise<PushPrompt> {
  const { db, clock } = context;
  const userId = pending.handoff.userId;
  const now = clock.now();
  return describePushPrompt({
    request: await latestRequest(context, pending),
    availability: await pushAvailability(db, userId, now),
    hasTotp: await context.stepUpFactors.hasFactor(userId),
    overLimit:
      (await countRecentPushRequests(db, userId, now)) >=
      (await readPolicy(db, "push")).maxRequestsPerTenMinutes,
    now,
  });
}

/**
 * At the launch, once the hand-off exists: the desktop app when push can ask now (the request
 * goes out at once), else the code. A user whose only factor is push stays with push while it is
 * paused or over its limit; the page says so.
 */
export async function startStepUp(
  context: PushStepUpContext,
  input: { handoffToken: string; push: PushAvailability; hasCode: boolean; origin: AuditOrigin },
): Promise<{ kind: "code" } | { kind: "push"; prompt: PushPrompt }> {
  const { push, hasCode } = input;
  const pending = await pendingStepUp(context, input.handoffToken);
  if (pending === undefined || push.kind === "none" || (push.kind === "paused" && hasCode)) {
    return { kind: "code" };
  }
  if (push.kind === "ready") {
    const sent = await sendPushRequest(
      { ...context, now: context.clock.now() },
      {
        flowId: pending.handoff.id,
        user: pending.launch.user,
        policy: push.policy,
        origin: input.origin,
        stepUpAppId: pending.launch.target.id,
      },
    );
    if (!sent.ok && hasCode) {
      return { kind: "code" };
    }
  }
  return { kind: "push", prompt: await promptFor(context, pending) };
}

/** The browser's long poll: the prompt once the request is answered, or after the wait. */
export async function waitForPushStepUp(
  context: PushStepUpContext,
  input: { handoffToken: string | undefined; waitMilliseconds: number },
): Promise<PushPrompt | undefined> {
  const pending = await pendingStepUp(context, input.handoffToken);
  if (pending === undefined) {
    return undefined;
  }
  if (input.waitMilliseconds > 0) {
    await waitForChange(context.changes, {
      topics: [changeTopics.pushRequests],
      read: async () =>
        pushSettled(await latestRequest(context, pending), context.clock.now()) ? true : undefined,
      waitMilliseconds: input.waitMilliseconds,
      closing: context.closing,
    });
  }
  return promptFor(context, pending);
}

export type PushStepUpOutcome =
  | { kind: "expired" }
  | { kind: "prompt"; launch: Launch; prompt: PushPrompt }
  | { kind: "reported" | "locked"; launch: Launch }
  | { kind: "signed_in"; signIn: AppSignIn };

/** The page's "continue": the app opens if this step-up's request was approved, else the prompt. */
export async function continuePushStepUp(
  context: PushStepUpContext,
  input: { handoffToken: string | undefined; origin: AuditOrigin; acceptLanguage?: string },
): Promise<PushStepUpOutcome> {
  const pending = await pendingStepUp(context, input.handoffToken);
  if (pending === undefined) {
    return { kind: "expired" };
  }
  const { handoff, launch } = pending;
  const now = context.clock.now();
  const request = await latestRequest(context, pending);
  if (request?.deny_reason === "reported") {
    // "This wasn't me" on the desktop app: this launch is over.
    await consumeHandoff(context, handoff);
    return { kind: "reported", launch };
  }
  if (request === undefined || pushStateOf(request, now) !== "approved") {
    return { kind: "prompt", launch, prompt: await promptFor(context, pending) };
  }
  if (lockState(launch.user, now).locked) {
    // Locked since the approval (an admin, a report, failures elsewhere): the lock wins.
    await consumeHandoff(context, handoff);
    return { kind: "locked", launch };
  }
  if (!(await consumeHandoff(context, handoff))) {
    return { kind: "expired" };
  }
  return {
    kind: "signed_in",
    signIn: await proceedToApp(context, launch, input.origin, input.acceptLanguage),
  };
}

/** "Send another request": after a wrong number, an expiry or a cancellation. */
export async function resendPushStepUp(
  context: PushStepUpContext,
  input: { handoffToken: string | undefined; origin: AuditOrigin },
): Promise<{ kind: "expired" } | { kind: "prompt"; launch: Launch; prompt: PushPrompt }> {
  const pending = await pendingStepUp(context, input.handoffToken);
  if (pending === undefined) {
    return { kind: "expired" };
  }
  const { launch } = pending;
  const now = context.clock.now();
  const latest = await latestRequest(context, pending);
  const push = await pushAvailability(context.db, launch.user.id, now);
  const open = latest !== undefined && pushStateOf(latest, now) === "pending";
  if (!open && latest?.deny_reason !== "reported" && push.kind === "ready") {
    // Over the limit, the prompt says so ("limited"); nothing else is sent.
    await sendPushRequest(
      { ...context, now },
      {
        flowId: pending.handoff.id,
        user: launch.user,
        policy: push.policy,
        origin: input.origin,
        stepUpAppId: launch.target.id,
      },
    );
  }
  return { kind: "prompt", launch, prompt: await promptFor(context, pending) };
}

/** "Use a code instead": the pending request is withdrawn; the code page follows. */
export async function switchStepUpToCode(
  context: PushStepUpContext,
  input: { handoffToken: string | undefined },
): Promise<{ kind: "expired" } | { kind: "code" | "no_code"; launch: Launch }> {
  const pending = await pendingStepUp(context, input.handoffToken);
  if (pending === undefined) {
    return { kind: "expired" };
  }
  if (!(await context.stepUpFactors.hasFactor(pending.launch.user.id))) {
    return { kind: "no_code", launch: pending.launch };
  }
  await withdrawPushStepUp(context, pending.handoff.id);
  return { kind: "code", launch: pending.launch };
}

/** The step-up moved on (a code, a denial): its pending request leaves the desktop app. */
export async function withdrawPushStepUp(
  context: PushStepUpContext,
  handoffId: string,
): Promise<void> {
  if ((await cancelPendingPushRequests(context.db, handoffId, context.clock.now())) > 0) {
    await announcePushChange(context);
  }
}
