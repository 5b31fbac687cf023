// The sign-in flow's second step for a user with MFA: a 6-digit TOTP code or a recovery code.
// The lock is checked before the code (in checkSecondFactor); each wrong code counts toward the
// lockout and toward this attempt's own cap, after which the flow is gone and sign-in starts over.
import type { AuditOrigin } from "../audit/audit-log.ts";
import { readPolicy } from "../policies/policy-store.ts";
import { findUserById } from "../storage/users.ts";
import { completeSignIn, type CompletedSignIn } from "./complete-sign-in.ts";
import {
  countSecondFactorFailure,
  finishLoginFlow,
  maxSecondFactorFailures,
  readLoginFlow,
} from "./login-flow.ts";
import { checkSecondFactor, type SecondFactorContext } from "./mfa/second-factor.ts";
import type { SessionOrigin } from "./session.ts";
import type { LockReason } from "../storage/schema.ts";

export type SecondFactorSignInResult =
  | CompletedSignIn
  | { ok: false; reason: "flow_expired" | "too_many_attempts" }
  | { ok: false; reason: "invalid" | "replayed" | "malformed"; attemptsLeft: number }
  | { ok: false; reason: "locked"; until: number | null; lockReason: LockReason };

export async function signInWithSecondFactor(
  context: SecondFactorContext,
  input: { flowToken: string; code: string; origin: SessionOrigin & AuditOrigin },
): Promise<SecondFactorSignInResult> {
  const { db } = context;
  const flow = await readLoginFlow(context, input.flowToken);
  if (flow === undefined || flow.step !== "mfa" || flow.user_id === null) {
    return { ok: false, reason: "flow_expired" };
  }
  const lockout = await readPolicy(db, "lockout");
  const verdict = await checkSecondFactor(context, {
    userId: flow.user_id,
    code: input.code,
    lockout,
    purpose: "sign_in",
    origin: input.origin,
  });
  if (verdict.ok) {
    const user = await findUserById(db, flow.user_id);
    if (user === undefined || user.status !== "active") {
      return { ok: false, reason: "flow_expired" };
    }
    return completeSignIn(context, {
      flow,
      user,
      origin: input.origin,
      hasFactor: true,
      method: verdict.method,
    });
  }
  if (verdict.reason === "locked") {
    await finishLoginFlow(db, flow.id);
    // The password step was passed: whoever is here knows the password, so the lock is told.
    return { ok: false, reason: "locked", until: verdict.until, lockReason: verdict.lockReason };
  }
  if (verdict.reason === "no_factor") {
    // The factor was removed (an admin reset) after the password step: start over.
    await finishLoginFlow(db, flow.id);
    return { ok: false, reason: "flow_expired" };
  }
  const failures = await countSecondFactorFailure(db, flow.id);
  if (failures >= maxSecondFactorFailures) {
    await finishLoginFlow(db, flow.id);
    return { ok: false, reason: "too_many_attempts" };
  }
  return { ok: false, reason: verdict.reason, attemptsLeft: maxSecondFactorFailures - failures };
}
