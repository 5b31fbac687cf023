// Per-app MFA at launch (docs/design.md §1.2): the code typed in the system browser is checked
// by the StepUpFactors port. A wrong code counts against the hand-off (five and the launch is
// denied) and, through the port, toward the account lock; a locked account ends the step-up at
// once. Every failure is audited; the right code consumes the hand-off and opens the app.
import { recordAuditEvent, type AuditOrigin } from "../audit/audit-log.ts";
import type { App } from "../storage/apps-schema.ts";
import type { User } from "../storage/schema.ts";
import { consumeHandoff, findHandoff, recordStepUpFailure } from "./launch-handoffs.ts";
import { loadLaunch, proceedToApp } from "./launch-access.ts";
import { withdrawPushStepUp } from "./step-up-push.ts";
import type { PushStepUpContext } from "./step-up-push-context.ts";
import type { AppSignIn } from "./sign-in-to-app.ts";

export type StepUpAnswer =
  | { kind: "expired" }
  | { kind: "denied"; user: User; target: App; locked: boolean }
  | { kind: "retry"; user: User; target: App; replayed: boolean }
  | { kind: "signed_in"; signIn: AppSignIn };

export async function answerStepUp(
  context: PushStepUpContext,
  input: {
    handoffToken: string | undefined;
    code: string;
    origin: AuditOrigin;
    acceptLanguage: string | undefined;
  },
): Promise<StepUpAnswer> {
  const handoff = await findHandoff(context, input.handoffToken, "mfa");
  const launch =
    handoff === undefined ? undefined : await loadLaunch(context, handoff.userId, handoff.appId);
  if (handoff === undefined || launch === undefined) {
    return { kind: "expired" };
  }
  const check = await context.stepUpFactors.verify({
    userId: launch.user.id,
    code: input.code,
    origin: input.origin,
  });
  if (!check.ok) {
    const { denied: tooMany } = await recordStepUpFailure(context, handoff);
    // A locked account ends the step-up at once: the lock wins over any later code.
    const denied = tooMany || check.reason === "locked";
    if (denied) {
      await withdrawPushStepUp(context, handoff.id);
    }
    await recordAuditEvent(context.db, {
      event: "app.step_up_failed",
      at: context.clock.now(),
      reason: denied ? "denied" : check.reason,
      actorId: launch.user.id,
      targetId: launch.target.id,
      origin: input.origin,
    });
    return denied
      ? { kind: "denied", ...launch, locked: check.reason === "locked" }
      : { kind: "retry", ...launch, replayed: check.reason === "replayed" };
  }
  if (!(await consumeHandoff(context, handoff))) {
    return { kind: "expired" };
  }
  // A request still out on the desktop app for this step-up can no longer open anything.
  await withdrawPushStepUp(context, handoff.id);
  return {
    kind: "signed_in",
    signIn: await proceedToApp(context, launch, input.origin, input.acceptLanguage),
  };
}
