// Lockout counters and password lifecycle on accounts, admin policies (one row per kind) and the
// audit log of security events.
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // Consecutive failures since the last success; raised by one atomic UPDATE … RETURNING.
  await db.schema
    .alterTable("users")
    .addColumn("failed_attempts", "integer", (column) => column.notNull().defaultTo(0))
    .execute();
  // locked_at set + locked_until null: locked until an admin unlocks it.
  await db.schema.alterTable("users").addColumn("locked_at", "bigint").execute();
  await db.schema.alterTable("users").addColumn("locked_until", "bigint").execute();
  await db.schema
    .alterTable("users")
    .addColumn("must_change_password", "integer", (column) => column.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable("users").addColumn("password_changed_at", "bigint").execute();

  // Which portal the sign-in is for: the admin portal needs the admin role.
  await db.schema
    .alterTable("login_flows")
    .addColumn("portal", "text", (column) => column.notNull().defaultTo("user"))
    .execute();

  await db.schema
    .createTable("policies")
    .addColumn("kind", "text", (column) => column.primaryKey())
    .addColumn("value", "text", (column) => column.notNull()) // JSON, validated on read and write
    .addColumn("updated_at", "bigint", (column) => column.notNull())
    .addColumn("updated_by", "text")
    .execute();

  await db.schema
    .createTable("audit_events")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("at", "bigint", (column) => column.notNull())
    .addColumn("event", "text", (column) => column.notNull())
    .addColumn("reason", "text")
    .addColumn("actor_id", "text")
    .addColumn("target_id", "text")
    .addColumn("target_email", "text")
    .addColumn("ip", "text")
    .addColumn("user_agent", "text")
    .addColumn("details", "text")
    .execute();
  await db.schema.createIndex("audit_events_at").on("audit_events").column("at").execute();
  await db.schema
    .createIndex("audit_events_target_id")
    .on("audit_events")
    .column("target_id")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("audit_events").execute();
  await db.schema.dropTable("policies").execute();
  await db.schema.alterTable("login_flows").dropColumn("portal").execute();
  for (const column of [
    "password_changed_at",
    "must_change_password",
    "locked_until",
    "locked_at",
    "failed_attempts",
  ]) {
    await db.schema.alterTable("users").dropColumn(column).execute();
  }
}
