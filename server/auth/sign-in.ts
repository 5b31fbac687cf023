// Password sign-in, the first factor: the outcome is a value. Every failure looks the same to the
// caller — unknown, disabled, wrong password, locked with a wrong password — so the response never
// tells who has an account (docs/design.md §1.1). Only the right password learns more: that the
// account is locked and why, or that it has no admin access (docs/admin.md, Lockout).
import { recordAuditEvent } from "../audit/audit-log.ts";
import { readPolicy } from "../policies/policy-store.ts";
import { findUserByEmail } from "../storage/users.ts";
import { completeSignIn, type CompletedSignIn } from "./complete-sign-in.ts";
import { readLoginFlow } from "./login-flow.ts";
import { hasActiveTotp } from "./mfa/totp-factor.ts";
import { pushAvailability } from "./push/push-availability.ts";
import type { PushChannelContext } from "./push/push-offer.ts";
import { enterSecondFactorStep } from "./push/second-factor-step.ts";
import { checkPasswordFactor } from "./password-factor.ts";
import { verifyAgainstDecoy } from "./password.ts";
import type { SessionContext, SessionOrigin } from "./session.ts";
import type { LockReason } from "../storage/schema.ts";

export type SignInResult =
  | CompletedSignIn
  | { ok: true; next: "mfa" | "push" }
  | { ok: false; reason: "flow_expired" | "invalid_credentials" | "not_admin" }
  | { ok: false; reason: "locked"; until: number | null; lockReason: LockReason };

export async function signInWithPassword(
  context: SessionContext & PushChannelContext,
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
  const hasTotp = await hasActiveTotp(db, user.id);
  const push = await pushAvailability(db, user.id, now);
  const hasFactor = hasTotp || push.kind !== "none";
  const factor = await checkPasswordFactor(
    { db, now, policy, secondFactorFollows: hasFactor },
    user,
    input.password,
    input.origin,
  );
  if (!factor.ok) {
    if (factor.reason === "locked" && factor.passwordMatches) {
      await fail("locked");
      return { ok: false, reason: "locked", until: factor.until, lockReason: factor.lockReason };
    }
    // A wrong password on a locked account costs and answers the same as on an unknown one.
    await fail(factor.reason === "locked" ? "locked_wrong_password" : factor.reason);
    return { ok: false, reason: "invalid_credentials" };
  }
  if (flow.portal === "admin" && user.role !== "admin") {
    // The right password of an employee: say the account has no admin access. Not a failed
    // sign-in — nothing was guessed — so it is neither audited as one nor counted.
    return { ok: false, reason: "not_admin" };
  }
  if (hasFactor) {
    // The password was right; the flow now waits for the second factor (docs/design.md §5).
    const next = await enterSecondFactorStep(
      { ...context, now },
      { flow, user, hasTotp, push, origin: input.origin },
    );
    return next === undefined ? { ok: false, reason: "flow_expired" } : { ok: true, next };
  }
  return completeSignIn(context, {
    flow,
    user,
    origin: input.origin,
    hasFactor,
    method: "password",
  });
}
