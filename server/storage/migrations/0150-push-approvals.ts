// Sign-in approval on the desktop app (issue 17): one row per push request — bound to one user
// and one pending sign-in (a login flow, or a per-app MFA hand-off), answered once by a
// conditional UPDATE — and each user's push state (turned off, denials in a row, paused).
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("push_requests")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("user_id", "text", (column) =>
      column.notNull().references("users.id").onDelete("cascade"),
    )
    .addColumn("purpose", "text", (column) => column.notNull())
    .addColumn("flow_id", "text", (column) => column.notNull())
    .addColumn("number", "integer", (column) => column.notNull())
    .addColumn("choices", "text", (column) => column.notNull())
    .addColumn("nonce", "text", (column) => column.notNull())
    .addColumn("status", "text", (column) => column.notNull())
    .addColumn("deny_reason", "text")
    .addColumn("device_id", "text")
    .addColumn("app_id", "text")
    .addColumn("ip", "text")
    .addColumn("user_agent", "text")
    .addColumn("audit_event_id", "text")
    .addColumn("created_at", "bigint", (column) => column.notNull())
    .addColumn("expires_at", "bigint", (column) => column.notNull())
    .addColumn("updated_at", "bigint", (column) => column.notNull())
    .addColumn("answered_at", "bigint")
    .execute();
  await db.schema
    .createIndex("push_requests_user_created")
    .on("push_requests")
    .columns(["user_id", "created_at"])
    .execute();
  await db.schema.createIndex("push_requests_flow").on("push_requests").column("flow_id").execute();
  await db.schema
    .createTable("push_user_state")
    .addColumn("user_id", "text", (column) =>
      column.primaryKey().references("users.id").onDelete("cascade"),
    )
    .addColumn("denials_in_row", "integer", (column) => column.notNull().defaultTo(0))
    .addColumn("paused_until", "bigint")
    .addColumn("turned_off_at", "bigint")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("push_user_state").execute();
  await db.schema.dropTable("push_requests").execute();
}
