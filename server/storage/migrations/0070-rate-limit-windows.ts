// Rate limits shared by every instance on one database (storage/database-rate-limit-store.ts):
// one row per key (an address or an account on one route) with its count in the current window.
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("rate_limit_windows")
    .addColumn("key", "text", (column) => column.primaryKey())
    .addColumn("hits", "integer", (column) => column.notNull())
    .addColumn("resets_at", "bigint", (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex("rate_limit_windows_resets_at")
    .on("rate_limit_windows")
    .column("resets_at")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("rate_limit_windows").execute();
}
