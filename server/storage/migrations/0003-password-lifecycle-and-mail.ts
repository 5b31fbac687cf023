// Password history, reset tokens, the mail outbox and password-expiry reminder bookkeeping.
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // Earlier password hashes (argon2id), so the policy can refuse reuse of the last N.
  await db.schema
    .createTable("password_history")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("user_id", "text", (column) =>
      column.notNull().references("users.id").onDelete("cascade"),
    )
    .addColumn("password_hash", "text", (column) => column.notNull())
    .addColumn("created_at", "bigint", (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex("password_history_user_id")
    .on("password_history")
    .columns(["user_id", "created_at"])
    .execute();

  // One-hour, single-use reset links; only SHA-256 of the secret half is kept.
  await db.schema
    .createTable("password_reset_tokens")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("user_id", "text", (column) =>
      column.notNull().references("users.id").onDelete("cascade"),
    )
    .addColumn("secret_hash", "text", (column) => column.notNull())
    .addColumn("created_at", "bigint", (column) => column.notNull())
    .addColumn("expires_at", "bigint", (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex("password_reset_tokens_user_id")
    .on("password_reset_tokens")
    .column("user_id")
    .execute();

  // Mail kept here when no SMTP server is configured; `gatehouse-admin mail list` shows it.
  await db.schema
    .createTable("mail_outbox")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("created_at", "bigint", (column) => column.notNull())
    .addColumn("recipient", "text", (column) => column.notNull())
    .addColumn("subject", "text", (column) => column.notNull())
    .addColumn("body", "text", (column) => column.notNull())
    .execute();

  // One row per user and reminder day: the unique key makes sending idempotent across restarts
  // and across server instances (the instance whose insert wins sends the mail).
  await db.schema
    .createTable("password_expiry_reminders")
    .addColumn("user_id", "text", (column) =>
      column.notNull().references("users.id").onDelete("cascade"),
    )
    .addColumn("expires_at", "bigint", (column) => column.notNull())
    .addColumn("days_before", "integer", (column) => column.notNull())
    .addColumn("sent_at", "bigint", (column) => column.notNull())
    .addPrimaryKeyConstraint("password_expiry_reminders_pk", [
      "user_id",
      "expires_at",
      "days_before",
    ])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "password_expiry_reminders",
    "mail_outbox",
    "password_reset_tokens",
    "password_history",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
