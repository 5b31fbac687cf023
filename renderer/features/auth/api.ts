// Calls of the identifier-first sign-in flow (with its second-factor step: a code, or approval
// on the desktop app), re-verification and forgot password. Types come from the server's schemas.
import { getJson, postJson, postNoContent } from "../../lib/http.ts";
import type { IdentifyBody, NextStep, SessionIdentity } from "../../../server/schemas/auth.ts";
import type { PushPrompt, PushWaitAnswer } from "../../../server/schemas/push.ts";
import type { ForgotPasswordAnswer } from "../../../server/schemas/reset.ts";

export type Portal = NonNullable<IdentifyBody["portal"]>;
export type { NextStep, PushPrompt };

export function identify(email: string, portal: Portal): Promise<NextStep> {
  return postJson<NextStep>("auth/identify", { email, portal });
}

export function submitPassword(password: string): Promise<NextStep> {
  return postJson<NextStep>("auth/password", { password });
}

/** A 6-digit code from the authenticator app, or a recovery code. */
export function submitSecondFactor(code: string): Promise<NextStep> {
  return postJson<NextStep>("auth/mfa", { code });
}

export function reverify(password: string, code?: string): Promise<void> {
  return postNoContent("auth/reverify", { password, ...(code === undefined ? {} : { code }) });
}

/** Whose session this is, and whether verifying it asks for a second factor. */
export function sessionIdentity(): Promise<SessionIdentity> {
  return getJson<SessionIdentity>("auth/session");
}

export function requestResetLink(email: string): Promise<ForgotPasswordAnswer> {
  return postJson<ForgotPasswordAnswer>("auth/forgot-password", { email });
}

/** The desktop-app approval's prompt, after waiting up to `waitSeconds` for an answer. */
export function waitForPushAnswer(waitSeconds: number): Promise<PushWaitAnswer> {
  return postJson<PushWaitAnswer>("auth/push/wait", { waitSeconds });
}

export function resendPush(): Promise<PushWaitAnswer> {
  return postJson<PushWaitAnswer>("auth/push/resend", {});
}

/** Leaves the desktop-app approval for the authenticator code. */
export function switchToCode(): Promise<NextStep> {
  return postJson<NextStep>("auth/push/use-code", {});
}
