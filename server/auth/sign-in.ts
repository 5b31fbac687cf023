// Password sign-in: the outcome is a value. Every failure that concerns the account looks the
// same to the caller, so the response never tells who has an account (PRODUCT.md §1); only a
// lock is told apart, and only when the lockout policy says so.
import { recordAuditEvent } from "../audit/audit-log.ts";
import { isPasswordExpired } from "../passwords/password-expiry.ts";
import { readPolicy } from "../policies/policy-store.ts";
import type { Session, User } from "../storage/schema.ts";
import { findUserByEmail } from "../storage/users.ts";
import { finishLoginFlow, readLoginFlow } from "./login-flow.ts";
import { checkPasswordFactor } from "./password-factor.ts";
import { verifyAgainstDecoy } from "./password.ts";
import { createSession, type SessionContext, type SessionOrigin } from "./session.ts";

export type SignInResult =
  | { ok: true; token: string; session: Session; user: User }
  | { ok: false; reason: "flow_expired" | "invalid_credentials" }
  | { ok: false; reason: "locked"; until: number | null };

export async function signInWithPassword(
  context: SessionContext,
  input: { flowToken: string; password: string; origin: SessionOrigin },
): Promise<SignInResult> {
  const { db, clock } = context;
  const flow = await readLoginFlow(context, input.flowToken);
  if (flow === undefined) {
    return { ok: false, reason: "flow_expired" };
  }
  const now = clock.now();
  const user = await findUserByEmail(db, flow.email);
  const policy = await readPolicy(db, "lockout");
  const fail = async (reason: string, userId: string | null = user?.id ?? null) => {
    await recordAuditEvent(db, {
      event: "sign_in.failed",
      at: now,
      reason,
      targetId: userId,
      targetEmail: flow.email,
      origin: input.origin,
      details: { portal: flow.portal },
    });
  };

  if (user === undefined || user.status !== "active" || user.password_hash === null) {
    // Same argon2 work as a real account, so timing does not tell either.
    await verifyAgainstDecoy(input.password);
    await fail(user === undefined ? "unknown_account" : "account_disabled");
    return { ok: false, reason: "invalid_credentials" };
  }
  const factor = await checkPasswordFactor({ db, now, policy }, user, input.password, input.origin);
  if (!factor.ok) {
    await fail(factor.reason);
    if (factor.reason === "locked") {
      if (policy.revealLocked) {
        return { ok: false, reason: "locked", until: factor.until };
      }
      await verifyAgainstDecoy(input.password);
    }
    return { ok: false, reason: "invalid_credentials" };
  }
  if (flow.portal === "admin" && user.role !== "admin") {
    // Answered like a wrong password: the admin portal does not confirm that the account exists.
    await fail("not_admin");
    return { ok: false, reason: "invalid_credentials" };
  }
  // A flow finishes once: two racing requests with the same flow cannot both get a session.
  if (!(await finishLoginFlow(db, flow.id))) {
    return { ok: false, reason: "flow_expired" };
  }
  if (
    user.must_change_password === 0 &&
    isPasswordExpired(user, await readPolicy(db, "password"), now)
  ) {
    // PRODUCT.md §1: after expiry the next sign-in forces a change before the portal opens.
    await db
      .updateTable("users")
      .set({ must_change_password: 1 })
      .where("id", "=", user.id)
      .execute();
    user.must_change_password = 1;
  }
  const { token, session } = await createSession(context, user.id, input.origin);
  await recordAuditEvent(db, {
    event: "sign_in.succeeded",
    at: now,
    actorId: user.id,
    targetId: user.id,
    targetEmail: user.email,
    origin: input.origin,
    details: { portal: flow.portal },
  });
  return { ok: true, token, session, user };
}
