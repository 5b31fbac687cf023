// Audit webhooks for the console (docs/api.md): a subscription can be paused (its events wait in
// the outbox until it resumes), and every delivery attempt is logged — when, the HTTP status or
// the error, and when the next try is due — for the console's delivery log.
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("webhook_subscriptions").addColumn("paused_at", "bigint").execute();
  await db.schema
    .createTable("webhook_attempts")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("delivery_id", "text", (column) => column.notNull())
    .addColumn("subscription_id", "text", (column) => column.notNull())
    .addColumn("event_type", "text", (column) => column.notNull())
    .addColumn("attempted_at", "bigint", (column) => column.notNull())
    .addColumn("status_code", "integer")
    .addColumn("error", "text")
    .addColumn("next_attempt_at", "bigint")
    .execute();
  await db.schema
    .createIndex("webhook_attempts_by_subscription")
    .on("webhook_attempts")
    .columns(["subscription_id", "attempted_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("webhook_attempts").execute();
  await db.schema.alterTable("webhook_subscriptions").dropColumn("paused_at").execute();
}
