// A user's push state (issue 17): whether they turned push off in Security, and push fatigue
// protection — denials in a row, counted atomically, pause push after three until the policy's
// pause has passed; an approval starts the count again.
import type { PushPolicy } from "../../schemas/policies.ts";
import type { Db } from "../../storage/database.ts";

/** Denials in a row (a wrong number, "This wasn't me") after which push pauses. */
export const denialsBeforePause = 3;

export type PushUserState = {
  turnedOffAt: number | null;
  pausedUntil: number | null;
  denialsInRow: number;
};

export async function readPushUserState(db: Db, userId: string): Promise<PushUserState> {
  const row = await db
    .selectFrom("push_user_state")
    .selectAll()
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return {
    turnedOffAt: row?.turned_off_at ?? null,
    pausedUntil: row?.paused_until ?? null,
    denialsInRow: row?.denials_in_row ?? 0,
  };
}

/**
 * Counts one denial in one atomic statement (many instances may deny at once); the third in a
 * row pauses push and starts the count again. Returns the pause's end when this one paused it.
 */
export async function recordPushDenial(
  db: Db,
  userId: string,
  policy: PushPolicy,
  now: number,
): Promise<{ pausedUntil: number | null }> {
  const row = await db
    .insertInto("push_user_state")
    .values({ user_id: userId, denials_in_row: 1, paused_until: null, turned_off_at: null })
    .onConflict((conflict) =>
      conflict
        .column("user_id")
        .doUpdateSet((eb) => ({ denials_in_row: eb("push_user_state.denials_in_row", "+", 1) })),
    )
    .returning("denials_in_row")
    .executeTakeFirstOrThrow();
  if (row.denials_in_row < denialsBeforePause) {
    return { pausedUntil: null };
  }
  const pausedUntil = now + policy.pauseMinutes * 60_000;
  // Only the statement that saw the count reach the threshold pauses (and resets it).
  const paused = await db
    .updateTable("push_user_state")
    .set({ paused_until: pausedUntil, denials_in_row: 0 })
    .where("user_id", "=", userId)
    .where("denials_in_row", ">=", denialsBeforePause)
    .executeTakeFirst();
  return { pausedUntil: paused.numUpdatedRows > 0n ? pausedUntil : null };
}

/** An approval: the denials were not in a row after all. */
export async function clearPushDenials(db: Db, userId: string): Promise<void> {
  await db
    .updateTable("push_user_state")
    .set({ denials_in_row: 0 })
    .where("user_id", "=", userId)
    .execute();
}
