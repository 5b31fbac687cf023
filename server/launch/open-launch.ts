// Opening a launch link in the system browser (docs/design.md §5): the one-time ticket is
// redeemed, the app must still be assigned, a browser signed in to the portal as someone else is
// not switched silently, and an app that requires MFA stops for a second factor first (a hand-off
// the step-up answers: the desktop app's approval when push can ask, else a code). Every refusal
// is audited.
import type { AuditOrigin } from "../audit/audit-log.ts";
import { pushAvailability } from "../auth/push/push-availability.ts";
import type { PushPrompt } from "../schemas/push.ts";
import type { App } from "../storage/apps-schema.ts";
import type { User } from "../storage/schema.ts";
import { createHandoff } from "./launch-handoffs.ts";
import { loadLaunch, proceedToApp, refuseLaunch } from "./launch-access.ts";
import { redeemLaunchTicket } from "./launch-tickets.ts";
import { startStepUp } from "./step-up-push.ts";
import type { PushStepUpContext } from "./step-up-push-context.ts";
import type { AppSignIn } from "./sign-in-to-app.ts";

export type OpenedLaunch =
  | { kind: "ticket_refused"; reason: "unknown" | "expired" | "used" }
  | { kind: "not_assigned" | "other_user" }
  | { kind: "mfa_setup_needed"; user: User; target: App }
  | { kind: "step_up"; user: User; target: App; handoff: string }
  | { kind: "step_up_push"; user: User; target: App; handoff: string; prompt: PushPrompt }
  | { kind: "signed_in"; signIn: AppSignIn };

export async function openLaunch(
  context: PushStepUpContext,
  input: {
    ticket: string;
    /** Who this browser is signed in to the portal as, if anyone. */
    browserUserId: () => Promise<string | undefined>;
    origin: AuditOrigin;
    acceptLanguage: string | undefined;
  },
): Promise<OpenedLaunch> {
  const { origin } = input;
  const redemption = await redeemLaunchTicket(context, input.ticket);
  if (!redemption.ok) {
    await refuseLaunch(context, { reason: `ticket_${redemption.reason}`, origin });
    return { kind: "ticket_refused", reason: redemption.reason };
  }
  const { userId, appId } = redemption;
  const launch = await loadLaunch(context, userId, appId);
  if (launch === undefined) {
    await refuseLaunch(context, { reason: "not_assigned", origin, userId, appId });
    return { kind: "not_assigned" };
  }
  const browserUserId = await input.browserUserId();
  if (browserUserId !== undefined && browserUserId !== launch.user.id) {
    await refuseLaunch(context, { reason: "other_user", origin, userId, appId });
    return { kind: "other_user" };
  }
  if (launch.target.require_mfa === 1) {
    const hasCode = await context.stepUpFactors.hasFactor(launch.user.id);
    const push = await pushAvailability(context.db, launch.user.id, context.clock.now());
    if (!hasCode && push.kind === "none") {
      await refuseLaunch(context, { reason: "mfa_not_enrolled", origin, userId, appId });
      return { kind: "mfa_setup_needed", user: launch.user, target: launch.target };
    }
    const handoff = await createHandoff(context, "mfa", { userId, appId });
    const step = await startStepUp(context, { handoffToken: handoff, push, hasCode, origin });
    const { user, target } = launch;
    return step.kind === "push"
      ? { kind: "step_up_push", user, target, handoff, prompt: step.prompt }
      : { kind: "step_up", user, target, handoff };
  }
  return {
    kind: "signed_in",
    signIn: await proceedToApp(context, launch, origin, input.acceptLanguage),
  };
}
