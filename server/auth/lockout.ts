// Account lockout (docs/design.md §5): consecutive failures are counted by one atomic
// UPDATE … RETURNING, so parallel wrong passwords — on one instance or many sharing PostgreSQL —
// cannot slip past the threshold. A lock remembers why it happened, for the message its owner gets.
import { sql } from "kysely";
import type { Policies } from "../schemas/policies.ts";
import { compiledOnce } from "../storage/compiled-once.ts";
import type { Db } from "../storage/database.ts";
import type { LockReason, User } from "../storage/schema.ts";

export type { LockReason } from "../storage/schema.ts";

export type Lock = { until: number | null; reason: LockReason };

export type LockState = { locked: false } | ({ locked: true } & Lock);

export function lockState(
  user: Pick<User, "locked_at" | "locked_until" | "lock_reason">,
  now: number,
): LockState {
  if (user.locked_at === null) {
    return { locked: false };
  }
  const reason = user.lock_reason ?? "failed_attempts";
  if (user.locked_until === null) {
    return { locked: true, until: null, reason };
  }
  return user.locked_until > now
    ? { locked: true, until: user.locked_until, reason }
    : { locked: false };
}

export type FailureOutcome =
  | { counted: true; failedAttempts: number; lockedNow: boolean; until: number | null }
  | { counted: false }; // the account was already locked by a concurrent attempt

/**
 * Counts one failure. The WHERE clause skips an account that is locked right now, so once the
 * threshold is reached no further failure is recorded; an expired temporary lock starts over.
 */
export async function recordFailedAttempt(
  db: Db,
  userId: string,
  policy: Policies["lockout"],
  now: number,
): Promise<FailureOutcome> {
  const until = policy.mode === "temporary" ? now + policy.durationMinutes * 60_000 : null;
  const next = sql<number>`(case when locked_at is not null then 1 else failed_attempts + 1 end)`;
  const reached = sql<boolean>`${next} >= ${policy.threshold}`;
  const row = await db
    .updateTable("users")
    .set({
      failed_attempts: next,
      locked_at: sql<number | null>`case when ${reached} then cast(${now} as bigint) else null end`,
      locked_until: sql<
        number | null
      >`case when ${reached} then cast(${until} as bigint) else null end`,
      lock_reason: sql<LockReason | null>`case when ${reached} then 'failed_attempts' else null end`,
    })
    .where("id", "=", userId)
    .where(notLockedAt(now))
    .returning(["failed_attempts", "locked_at", "locked_until"])
    .executeTakeFirst();
  if (row === undefined) {
    return { counted: false };
  }
  return {
    counted: true,
    failedAttempts: row.failed_attempts,
    lockedNow: row.locked_at !== null,
    until: row.locked_until,
  };
}

/**
 * Clears the counter after a correct password — only if no concurrent failure locked the
 * account in the meantime, in which case the caller must refuse the sign-in.
 */
export async function clearFailedAttempts(db: Db, userId: string, now: number): Promise<boolean> {
  const [row] = (await db.executeQuery(failedAttemptsCleared(db, userId, now))).rows;
  return row !== undefined;
}

// Every sign-in runs it: compiled once (storage/compiled-once.ts).
const failedAttemptsCleared = compiledOnce(
  (db, userId: string, now: number) =>
    db
      .updateTable("users")
      .set({ failed_attempts: 0, locked_at: null, locked_until: null, lock_reason: null })
      .where("id", "=", userId)
      .where(notLockedAt(now))
      .returning("id"),
  ["\u0000user", -1.5],
);

/** Admin unlock: clears the lock and the counter. Returns false for an unknown account. */
export async function unlockAccount(db: Db, userId: string): Promise<boolean> {
  const result = await db
    .updateTable("users")
    .set({ failed_attempts: 0, locked_at: null, locked_until: null, lock_reason: null })
    .where("id", "=", userId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

function notLockedAt(now: number) {
  return sql<boolean>`(locked_at is null or (locked_until is not null and locked_until <= ${now}))`;
}
