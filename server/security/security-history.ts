// The user's own sign-in history (Security → Sign-in history): the last 100 security events
// that concern them, from the audit log. Other people's data in an event (an admin's id) is
// not shown; the event, time, device and IP are.
import type { Db } from "../storage/database.ts";
import type { AuditEvent } from "../storage/schema.ts";

export const historyLimit = 100;

export function listSecurityHistory(db: Db, userId: string): Promise<AuditEvent[]> {
  return db
    .selectFrom("audit_events")
    .selectAll()
    .where("target_id", "=", userId)
    .orderBy("at", "desc")
    .orderBy("id")
    .limit(historyLimit)
    .execute();
}

export function findSecurityEvent(
  db: Db,
  userId: string,
  eventId: string,
): Promise<AuditEvent | undefined> {
  return db
    .selectFrom("audit_events")
    .selectAll()
    .where("id", "=", eventId)
    .where("target_id", "=", userId)
    .executeTakeFirst();
}
