// Password sign-in, the first factor: the outcome is a value. Every failure that concerns the
// account looks the same to the caller, so the response never tells who has an account
// (docs/design.md §1.1); only a lock is told apart, and only when the lockout policy says so.
import { recordAuditEvent } from "../audit/audit-log.ts";
import { readPolicy } from "../policies/policy-store.ts";
import { findUserByEmail } from "../storage/users.ts";
import { completeSignIn, type CompletedSignIn } from "./complete-sign-in.ts";
import { readLoginFlow } from "./login-flow.ts";
import { hasActiveTotp } from "./mfa/totp-factor.ts";
import { checkPasswordFactor } from "./password-factor.ts";
import { verifyAgainstDecoy } from "./password.ts";
import type { SessionContext, SessionOrigin } from "./session.ts";

export type SignInResult =
  | CompletedSignIn
  | { ok: true; next: "mfa" }
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
  if (flow.step !== "password") {
    return { ok: false, reason: "flow_expired" };
  }
  const hasFactor = await hasActiveTotp(db, user.id);
  const factor = await checkPasswordFactor(
    { db, now, policy, secondFactorFollows: hasFactor },
    user,
    input.password,
    input.origin,
  );
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
  if (hasFactor) {
    // The password was right; the flow now waits for the second factor (docs/design.md §5).
    const advanced = await db
      .updateTable("login_flows")
      .set({ step: "mfa", user_id: user.id })
      .where("id", "=", flow.id)
      .where("step", "=", "password")
      .returning("id")
      .executeTakeFirst();
    return advanced === undefined
      ? { ok: false, reason: "flow_expired" }
      : { ok: true, next: "mfa" };
  }
  return completeSignIn(context, {
    flow,
    user,
    origin: input.origin,
    hasFactor,
    method: "password",
  });
}
