// Calls of the identifier-first sign-in flow, re-verification and forgot password.
import { postJson, postNoContent } from "../../lib/http.ts";

export type Portal = "user" | "admin";
type NextStep = { next: "password" | "done" | "change_password" };

export function identify(email: string, portal: Portal): Promise<NextStep> {
  return postJson<NextStep>("auth/identify", { email, portal });
}

export function submitPassword(password: string): Promise<NextStep> {
  return postJson<NextStep>("auth/password", { password });
}

export function reverify(password: string): Promise<void> {
  return postNoContent("auth/reverify", { password });
}

export function requestResetLink(email: string): Promise<{ message: string }> {
  return postJson<{ message: string }>("auth/forgot-password", { email });
}
