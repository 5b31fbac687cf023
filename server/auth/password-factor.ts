// The password factor with lockout around it: every wrong password counted atomically, the lock
// recorded in the audit log when it happens. While an account is locked the password is still
// checked — same cost as any attempt, never a way in — so the caller can tell its owner (who
// knows the password) what to do, and tell anyone else nothing (docs/admin.md, Lockout). Shared
// by sign-in, re-verification and password change, so each of them locks the same way.
import { recordAuditEvent, type AuditOrigin } from "../audit/audit-log.ts";
import type { Policies } from "../schemas/policies.ts";
import type { Db } from "../storage/database.ts";
import type { LockReason, User } from "../storage/schema.ts";
import { clearFailedAttempts, lockState, recordFailedAttempt } from "./lockout.ts";
import { verifyPassword } from "./password.ts";

export type PasswordFactorResult =
  | { ok: true }
  | {
      ok: false;
      reason: "locked";
      until: number | null;
      lockReason: LockReason;
      /** Whether the password given was the account's: only then may the lock be revealed. */
      passwordMatches: boolean;
    }
  | { ok: false; reason: "wrong_password" };

export async function checkPasswordFactor(
  {
    db,
    now,
    policy,
    secondFactorFollows = false,
  }: {
    db: Db;
    now: number;
    policy: Policies["lockout"];
    /**
     * A second factor is still to come: the failure counter is left as it is and only cleared
     * once that factor passes, so a known password cannot reset the count of wrong codes.
     */
    secondFactorFollows?: boolean;
  },
  user: User,
  password: string,
  origin: AuditOrigin,
): Promise<PasswordFactorResult> {
  const correct =
    user.password_hash !== null && (await verifyPassword(user.password_hash, password));
  const before = lockState(user, now);
  if (before.locked) {
    // Checked, never counted toward a new lock (a lock cannot be extended by guessing).
    return { ok: false, reason: "locked", ...lockOf(before), passwordMatches: correct };
  }
  if (correct) {
    if (secondFactorFollows) {
      return { ok: true };
    }
    if (await clearFailedAttempts(db, user.id, now)) {
      return { ok: true };
    }
    // A concurrent wrong password locked the account while we were hashing: the lock wins.
    return lockedNow(db, user.id, now, true);
  }
  const outcome = await recordFailedAttempt(db, user.id, policy, now);
  if (!outcome.counted) {
    return lockedNow(db, user.id, now, false);
  }
  if (outcome.lockedNow) {
    await recordAuditEvent(db, {
      event: "account.locked",
      at: now,
      reason: `${outcome.failedAttempts} consecutive failures`,
      targetId: user.id,
      targetEmail: user.email,
      origin,
      details: { until: outcome.until === null ? "admin unlock" : outcome.until },
    });
    return {
      ok: false,
      reason: "locked",
      until: outcome.until,
      lockReason: "failed_attempts",
      passwordMatches: false,
    };
  }
  return { ok: false, reason: "wrong_password" };
}

function lockOf(lock: { until: number | null; reason: LockReason }) {
  return { until: lock.until, lockReason: lock.reason };
}

async function lockedNow(
  db: Db,
  userId: string,
  now: number,
  passwordMatches: boolean,
): Promise<PasswordFactorResult> {
  const row = await db
    .selectFrom("users")
    .select(["locked_at", "locked_until", "lock_reason"])
    .where("id", "=", userId)
    .executeTakeFirstOrThrow();
  const state = lockState(row, now);
  return state.locked
    ? { ok: false, reason: "locked", ...lockOf(state), passwordMatches }
    : { ok: false, reason: "wrong_password" };
}
