// Cross-instance coordination (docs/architecture.md, "Several instances"): a version per change
// topic, which every instance compares against what it last saw, and a lease per background
// job so that a job runs on one instance at a time where advisory locks are not available.
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("change_versions")
    .addColumn("topic", "text", (column) => column.primaryKey())
    .addColumn("version", "bigint", (column) => column.notNull())
    .execute();
  await db.schema
    .createTable("job_leases")
    .addColumn("job", "text", (column) => column.primaryKey())
    .addColumn("holder", "text", (column) => column.notNull())
    .addColumn("expires_at", "bigint", (column) => column.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("job_leases").execute();
  await db.schema.dropTable("change_versions").execute();
}
