// The user's own active sessions (Security → Active sessions): list, and sign out one or all
// others. A revoked session is deleted, so its very next request is refused.
import type { Db } from "../storage/database.ts";
import type { Session } from "../storage/schema.ts";

export function listActiveSessions(db: Db, userId: string, now: number): Promise<Session[]> {
  return db
    .selectFrom("sessions")
    .selectAll()
    .where("user_id", "=", userId)
    .where("expires_at", ">", now)
    .orderBy("last_seen_at", "desc")
    .orderBy("id")
    .execute();
}

/** Ends one of the user's own sessions; false when it is not theirs or already gone. */
export async function revokeSession(db: Db, userId: string, sessionId: string): Promise<boolean> {
  const result = await db
    .deleteFrom("sessions")
    .where("id", "=", sessionId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Ends every session of the user but the current one; returns how many ended. */
export async function revokeOtherSessions(
  db: Db,
  userId: string,
  currentSessionId: string,
): Promise<number> {
  const result = await db
    .deleteFrom("sessions")
    .where("user_id", "=", userId)
    .where("id", "!=", currentSessionId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
