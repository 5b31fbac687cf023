// The user's own active sessions (Security → Active sessions): list, and sign out one or all
// others. A revoked session is deleted, so its very next request is refused.
import { recordAuditEvent, type AuditOrigin } from "../audit/audit-log.ts";
import type { Clock } from "../lib/clock.ts";
import type { Db } from "../storage/database.ts";
import type { Session, User } from "../storage/schema.ts";

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

/** The user signs out one of their sessions (perhaps this one), audited; false when not theirs. */
export async function endOwnSession(
  context: { db: Db; clock: Clock },
  input: { user: User; sessionId: string; origin: AuditOrigin },
): Promise<boolean> {
  if (!(await revokeSession(context.db, input.user.id, input.sessionId))) {
    return false;
  }
  await auditRevocation(context, input, 1);
  return true;
}

/** The user signs out everywhere else, audited; returns how many sessions ended. */
export async function endOtherSessions(
  context: { db: Db; clock: Clock },
  input: { user: User; currentSessionId: string; origin: AuditOrigin },
): Promise<number> {
  const revoked = await revokeOtherSessions(context.db, input.user.id, input.currentSessionId);
  await auditRevocation(context, input, revoked);
  return revoked;
}

async function auditRevocation(
  { db, clock }: { db: Db; clock: Clock },
  { user, origin }: { user: User; origin: AuditOrigin },
  count: number,
): Promise<void> {
  await recordAuditEvent(db, {
    event: "session.revoked",
    at: clock.now(),
    actorId: user.id,
    targetId: user.id,
    targetEmail: user.email,
    origin,
    details: { count },
  });
}
