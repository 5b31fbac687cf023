// The password factor with lockout around it: refused while locked (before any hashing), every
// wrong password counted atomically, the lock recorded in the audit log when it happens. Shared
// by sign-in, re-verification and password change, so each of them locks the same way.
import { recordAuditEvent, type AuditOrigin } from "../audit/audit-log.ts";
import type { Policies } from "../schemas/policies.ts";
import type { Db } from "../storage/database.ts";
import type { User } from "../storage/schema.ts";
import { clearFailedAttempts, lockState, recordFailedAttempt } from "./lockout.ts";
import { verifyPassword } from "./password.ts";

export type PasswordFactorResult =
  | { ok: true }
  | { ok: false; reason: "locked"; until: number | null }
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
  const before = lockState(user, now);
  if (before.locked) {
    return { ok: false, reason: "locked", until: before.until };
  }
  const correct =
    user.password_hash !== null && (await verifyPassword(user.password_hash, password));
  if (correct) {
    if (secondFactorFollows) {
      return { ok: true };
    }
    if (await clearFailedAttempts(db, user.id, now)) {
      return { ok: true };
    }
    // A concurrent wrong password locked the account while we were hashing: the lock wins.
    return lockedNow(db, user.id, now);
  }
  const outcome = await recordFailedAttempt(db, user.id, policy, now);
  if (!outcome.counted) {
    return lockedNow(db, user.id, now);
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
    return { ok: false, reason: "locked", until: outcome.until };
  }
  return { ok: false, reason: "wrong_password" };
}

async function lockedNow(db: Db, userId: string, now: number): Promise<PasswordFactorResult> {
  const row = await db
    .selectFrom("users")
    .select(["locked_at", "locked_until"])
    .where("id", "=", userId)
    .executeTakeFirstOrThrow();
  const state = lockState(row, now);
  return state.locked
    ? { ok: false, reason: "locked", until: state.until }
    : { ok: false, reason: "wrong_password" };
}
