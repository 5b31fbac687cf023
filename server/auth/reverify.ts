// Re-verification of a signed-in session (docs/design.md §5): the password, and the second factor
// when the user has one, through the same checks as sign-in, so each wrong answer counts toward
// the lock. Success restarts both of the session's clocks; a lock ends the session.
import { recordAuditEvent } from "../audit/audit-log.ts";
import { readPolicy } from "../policies/policy-store.ts";
import type { LockReason } from "../storage/schema.ts";
import {
  checkSecondFactor,
  type SecondFactorContext,
  type SecondFactorResult,
} from "./mfa/second-factor.ts";
import { hasActiveTotp } from "./mfa/totp-factor.ts";
import { checkPasswordFactor } from "./password-factor.ts";
import {
  invalidateSession,
  markSessionVerified,
  type SessionOrigin,
  type ValidSession,
} from "./session.ts";

export type ReverifyResult =
  | { ok: true }
  | { ok: false; reason: "wrong_password" | "code_required" }
  | {
      ok: false;
      reason: "locked";
      until: number | null;
      lockReason: LockReason;
      sessionEnded: true;
    }
  | {
      ok: false;
      reason: "second_factor";
      failure: Exclude<SecondFactorResult, { ok: true }>;
      sessionEnded: boolean;
    };

export async function reverifySession(
  context: SecondFactorContext,
  input: { auth: ValidSession; password: string; code: string | undefined; origin: SessionOrigin },
): Promise<ReverifyResult> {
  const { db, clock } = context;
  const { user, session } = input.auth;
  const now = clock.now();
  const audit = {
    actorId: user.id,
    targetId: user.id,
    targetEmail: user.email,
    origin: input.origin,
  };
  const policy = await readPolicy(db, "lockout");
  const hasFactor = await hasActiveTotp(db, user.id);
  const factor = await checkPasswordFactor(
    { db, now, policy, secondFactorFollows: hasFactor },
    user,
    input.password,
    input.origin,
  );
  if (!factor.ok) {
    await recordAuditEvent(db, {
      event: "session.reverify_failed",
      at: now,
      reason: factor.reason,
      ...audit,
    });
    if (factor.reason === "locked") {
      // The user is already signed in, so saying "locked" reveals nothing new.
      await invalidateSession(db, session.id);
      return {
        ok: false,
        reason: "locked",
        until: factor.until,
        lockReason: factor.lockReason,
        sessionEnded: true,
      };
    }
    return { ok: false, reason: "wrong_password" };
  }
  if (hasFactor) {
    // A user with MFA re-verifies with both factors.
    if (input.code === undefined) {
      return { ok: false, reason: "code_required" };
    }
    const second = await checkSecondFactor(context, {
      userId: user.id,
      code: input.code,
      lockout: policy,
      purpose: "reverify",
      origin: input.origin,
    });
    if (!second.ok) {
      if (second.reason === "locked") {
        await invalidateSession(db, session.id);
      }
      return {
        ok: false,
        reason: "second_factor",
        failure: second,
        sessionEnded: second.reason === "locked",
      };
    }
  }
  await markSessionVerified(db, session.id, now);
  await recordAuditEvent(db, { event: "session.reverified", at: now, ...audit });
  return { ok: true };
}
