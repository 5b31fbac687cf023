// Webhook deliveries keep the order their events were recorded in, even within one millisecond
// (docs/api.md "Webhooks"): each row gets the next number of its subscription, and the outbox
// is read by time, then that number. Rows written before it keep 0 and their old order.
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("webhook_deliveries")
    .addColumn("sequence", "bigint", (column) => column.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex("webhook_deliveries_sequence")
    .on("webhook_deliveries")
    .columns(["subscription_id", "sequence"])
    .execute();
  await db.schema.dropIndex("webhook_deliveries_pending").execute();
  await db.schema
    .createIndex("webhook_deliveries_pending")
    .on("webhook_deliveries")
    .columns(["subscription_id", "delivered_at", "failed_at", "created_at", "sequence"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("webhook_deliveries_pending").execute();
  await db.schema
    .createIndex("webhook_deliveries_pending")
    .on("webhook_deliveries")
    .columns(["subscription_id", "delivered_at", "failed_at", "created_at"])
    .execute();
  await db.schema.dropIndex("webhook_deliveries_sequence").execute();
  await db.schema.alterTable("webhook_deliveries").dropColumn("sequence").execute();
}
