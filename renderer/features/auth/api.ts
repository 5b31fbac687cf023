// Calls of the identifier-first sign-in flow.
import { postJson } from "../../lib/http.ts";

type NextStep = { next: "password" | "done" };

export function identify(email: string): Promise<NextStep> {
  return postJson<NextStep>("auth/identify", { email });
}

export function submitPassword(password: string): Promise<NextStep> {
  return postJson<NextStep>("auth/password", { password });
}
