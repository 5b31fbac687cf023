// Password sign-in: the outcome is a value. Every failure that concerns the account looks the
// same to the caller, so the response never tells who has an account (PRODUCT.md §1).
import type { Session, User } from "../storage/schema.ts";
import { findUserByEmail } from "../storage/users.ts";
import { finishLoginFlow, readLoginFlow } from "./login-flow.ts";
import { verifyAgainstDecoy, verifyPassword } from "./password.ts";
import { createSession, type SessionContext, type SessionOrigin } from "./session.ts";

export type SignInResult =
  | { ok: true; token: string; session: Session; user: User }
  | { ok: false; reason: "flow_expired" | "invalid_credentials" };

export async function signInWithPassword(
  context: SessionContext,
  input: { flowToken: string; password: string; origin: SessionOrigin },
): Promise<SignInResult> {
  const flow = await readLoginFlow(context, input.flowToken);
  if (flow === undefined) {
    return { ok: false, reason: "flow_expired" };
  }
  const user = await findUserByEmail(context.db, flow.email);
  const canSignIn = user !== undefined && user.status === "active" && user.password_hash !== null;
  const passwordOk = canSignIn
    ? await verifyPassword(user.password_hash ?? "", input.password)
    : await verifyAgainstDecoy(input.password);
  if (!canSignIn || !passwordOk) {
    return { ok: false, reason: "invalid_credentials" };
  }
  // A flow finishes once: two racing requests with the same flow cannot both get a session.
  if (!(await finishLoginFlow(context.db, flow.id))) {
    return { ok: false, reason: "flow_expired" };
  }
  const { token, session } = await createSession(context, user.id, input.origin);
  return { ok: true, token, session, user };
}
