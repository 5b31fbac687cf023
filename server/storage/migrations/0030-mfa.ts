// Multi-factor authentication (issue 4): authenticator-app (TOTP) factors with their replay
// marker, hashed recovery codes, the sign-in flow's second-factor step, forced enrollment on
// sessions, and the server key a demo or development server generates for itself.
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // One "pending" row while the user scans the QR code, one "active" row once confirmed.
  // last_used_step is raised by one UPDATE … WHERE last_used_step < :step (replay, RFC 6238 §5.2).
  await db.schema
    .createTable("mfa_totp_factors")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("user_id", "text", (column) =>
      column.notNull().references("users.id").onDelete("cascade"),
    )
    .addColumn("status", "text", (column) => column.notNull())
    .addColumn("secret_sealed", "text", (column) => column.notNull())
    .addColumn("last_used_step", "bigint", (column) => column.notNull().defaultTo(-1))
    .addColumn("created_at", "bigint", (column) => column.notNull())
    .addColumn("confirmed_at", "bigint")
    .addUniqueConstraint("mfa_totp_factors_user_status", ["user_id", "status"])
    .execute();

  await db.schema
    .createTable("mfa_recovery_codes")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("user_id", "text", (column) =>
      column.notNull().references("users.id").onDelete("cascade"),
    )
    .addColumn("code_hash", "text", (column) => column.notNull())
    .addColumn("created_at", "bigint", (column) => column.notNull())
    .addColumn("used_at", "bigint")
    .addUniqueConstraint("mfa_recovery_codes_user_hash", ["user_id", "code_hash"])
    .execute();

  // The flow remembers whose password was right and how many codes were wrong in this attempt.
  await db.schema.alterTable("login_flows").addColumn("user_id", "text").execute();
  await db.schema
    .alterTable("login_flows")
    .addColumn("mfa_failures", "integer", (column) => column.notNull().defaultTo(0))
    .execute();

  // Set while the user has no factor under a "required" MFA policy: the enrollment deadline.
  await db.schema.alterTable("sessions").addColumn("mfa_enroll_by", "bigint").execute();
  // When the user first signed in under "required" without a factor: the grace period's start.
  await db.schema.alterTable("users").addColumn("mfa_required_since", "bigint").execute();

  await db.schema
    .createTable("server_secrets")
    .addColumn("name", "text", (column) => column.primaryKey())
    .addColumn("value", "text", (column) => column.notNull())
    .addColumn("created_at", "bigint", (column) => column.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("server_secrets").execute();
  await db.schema.alterTable("users").dropColumn("mfa_required_since").execute();
  await db.schema.alterTable("sessions").dropColumn("mfa_enroll_by").execute();
  await db.schema.alterTable("login_flows").dropColumn("mfa_failures").execute();
  await db.schema.alterTable("login_flows").dropColumn("user_id").execute();
  await db.schema.dropTable("mfa_recovery_codes").execute();
  await db.schema.dropTable("mfa_totp_factors").execute();
}
