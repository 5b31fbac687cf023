// Calls of the identifier-first sign-in flow (with its second-factor step), re-verification and
// forgot password.
import { getJson, postJson, postNoContent } from "../../lib/http.ts";

export type Portal = "user" | "admin";
export type NextStep = {
  next: "password" | "mfa" | "done" | "change_password" | "enroll_mfa";
};

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
export function sessionIdentity(): Promise<{ email: string; mfa: boolean }> {
  return getJson<{ email: string; mfa: boolean }>("auth/session");
}

export function requestResetLink(email: string): Promise<{ message: string }> {
  return postJson<{ message: string }>("auth/forgot-password", { email });
}
