// Why an account is locked, so the message to its owner can say so (issue 11): too many failed
// attempts, or the user reported activity they did not recognize. Locks from before this
// migration that a report caused are found by their audit event at the same instant.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("users").addColumn("lock_reason", "text").execute();
  await sql`update users set lock_reason = 'failed_attempts' where locked_at is not null`.execute(
    db,
  );
  await sql`update users set lock_reason = 'reported_compromise'
    where locked_at is not null and exists (
      select 1 from audit_events
      where audit_events.target_id = users.id
        and audit_events.event = 'account.reported_compromise'
        and audit_events.at = users.locked_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("users").dropColumn("lock_reason").execute();
}
