// The application catalog (bookmark, SAML, OIDC), groups and assignments, one-time launch
// tickets and their browser hand-offs, the OpenID Provider's storage and the per-organization
// signing keys of both protocol engines.
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("apps")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("organization_id", "text", (column) =>
      column.notNull().references("organizations.id").onDelete("cascade"),
    )
    .addColumn("kind", "text", (column) => column.notNull()) // bookmark | saml | oidc
    .addColumn("display_name", "text", (column) => column.notNull())
    .addColumn("notes", "text")
    .addColumn("icon_type", "text") // image/png | image/jpeg | image/webp
    .addColumn("icon_data", "text") // base64, size-checked on the way in
    .addColumn("require_mfa", "integer", (column) => column.notNull().defaultTo(0))
    .addColumn("launch_url", "text") // bookmark target
    .addColumn("saml_entity_id", "text")
    .addColumn("saml_acs_url", "text")
    .addColumn("saml_name_id_format", "text")
    .addColumn("saml_attributes", "text") // JSON: SAML attribute name → user field
    .addColumn("oidc_client_id", "text", (column) => column.unique())
    .addColumn("oidc_client_secret_hash", "text") // hex SHA-256; null for a public client
    .addColumn("oidc_redirect_uris", "text") // JSON array, matched exactly
    .addColumn("oidc_initiate_login_uri", "text")
    .addColumn("oidc_scopes", "text") // space-separated
    .addColumn("created_at", "bigint", (column) => column.notNull())
    .addColumn("updated_at", "bigint", (column) => column.notNull())
    .execute();

  await db.schema
    .createTable("groups")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("organization_id", "text", (column) =>
      column.notNull().references("organizations.id").onDelete("cascade"),
    )
    .addColumn("name", "text", (column) => column.notNull().unique())
    .addColumn("created_at", "bigint", (column) => column.notNull())
    .execute();

  await db.schema
    .createTable("group_members")
    .addColumn("group_id", "text", (column) =>
      column.notNull().references("groups.id").onDelete("cascade"),
    )
    .addColumn("user_id", "text", (column) =>
      column.notNull().references("users.id").onDelete("cascade"),
    )
    .addPrimaryKeyConstraint("group_members_pk", ["group_id", "user_id"])
    .execute();
  await db.schema
    .createIndex("group_members_user_id")
    .on("group_members")
    .column("user_id")
    .execute();

  // principal_type user | group; no foreign key on principal_id, so deletes clean up in code.
  await db.schema
    .createTable("app_assignments")
    .addColumn("app_id", "text", (column) =>
      column.notNull().references("apps.id").onDelete("cascade"),
    )
    .addColumn("principal_type", "text", (column) => column.notNull())
    .addColumn("principal_id", "text", (column) => column.notNull())
    .addColumn("created_at", "bigint", (column) => column.notNull())
    .addPrimaryKeyConstraint("app_assignments_pk", ["app_id", "principal_type", "principal_id"])
    .execute();
  await db.schema
    .createIndex("app_assignments_principal")
    .on("app_assignments")
    .columns(["principal_type", "principal_id"])
    .execute();

  // One-time launch URLs (docs/design.md §5): 60 s, single use, bound to user and app; the secret
  // half is stored as SHA-256 only. consumed_at is set by one conditional UPDATE.
  await db.schema
    .createTable("launch_tickets")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("secret_hash", "text", (column) => column.notNull())
    .addColumn("user_id", "text", (column) =>
      column.notNull().references("users.id").onDelete("cascade"),
    )
    .addColumn("app_id", "text", (column) =>
      column.notNull().references("apps.id").onDelete("cascade"),
    )
    .addColumn("created_at", "bigint", (column) => column.notNull())
    .addColumn("expires_at", "bigint", (column) => column.notNull())
    .addColumn("consumed_at", "bigint")
    .execute();

  // What a redeemed ticket leaves in the browser (behind an HttpOnly cookie): a pending MFA
  // step-up, or the proof an OIDC authorization request redeems once.
  await db.schema
    .createTable("launch_handoffs")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("secret_hash", "text", (column) => column.notNull())
    .addColumn("stage", "text", (column) => column.notNull()) // mfa | oidc
    .addColumn("user_id", "text", (column) =>
      column.notNull().references("users.id").onDelete("cascade"),
    )
    .addColumn("app_id", "text", (column) =>
      column.notNull().references("apps.id").onDelete("cascade"),
    )
    .addColumn("failed_attempts", "integer", (column) => column.notNull().defaultTo(0))
    .addColumn("created_at", "bigint", (column) => column.notNull())
    .addColumn("expires_at", "bigint", (column) => column.notNull())
    .addColumn("consumed_at", "bigint")
    .execute();

  // oidc-provider's models (AuthorizationCode, Session, Grant, Interaction, …) as JSON, keyed by
  // model and id, with the secondary lookups its adapter interface asks for.
  await db.schema
    .createTable("oidc_payloads")
    .addColumn("model", "text", (column) => column.notNull())
    .addColumn("id", "text", (column) => column.notNull())
    .addColumn("payload", "text", (column) => column.notNull())
    .addColumn("grant_id", "text")
    .addColumn("uid", "text")
    .addColumn("user_code", "text")
    .addColumn("expires_at", "bigint")
    .addColumn("consumed_at", "bigint")
    .addPrimaryKeyConstraint("oidc_payloads_pk", ["model", "id"])
    .execute();
  await db.schema
    .createIndex("oidc_payloads_grant_id")
    .on("oidc_payloads")
    .column("grant_id")
    .execute();
  await db.schema.createIndex("oidc_payloads_uid").on("oidc_payloads").column("uid").execute();
  await db.schema
    .createIndex("oidc_payloads_expires_at")
    .on("oidc_payloads")
    .column("expires_at")
    .execute();

  // Per-organization keys: OIDC token signing (JWK), SAML signing (PEM + certificate) and the
  // OP's cookie keys. A rotation adds a key and retires the previous one, which stays published.
  await db.schema
    .createTable("sso_keys")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("organization_id", "text", (column) =>
      column.notNull().references("organizations.id").onDelete("cascade"),
    )
    .addColumn("purpose", "text", (column) => column.notNull()) // oidc-signing | saml-signing | oidc-cookie
    .addColumn("algorithm", "text", (column) => column.notNull())
    .addColumn("private_key", "text", (column) => column.notNull())
    .addColumn("certificate", "text")
    .addColumn("created_at", "bigint", (column) => column.notNull())
    .addColumn("retired_at", "bigint")
    .execute();
  await db.schema
    .createIndex("sso_keys_organization_purpose")
    .on("sso_keys")
    .columns(["organization_id", "purpose"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "sso_keys",
    "oidc_payloads",
    "launch_handoffs",
    "launch_tickets",
    "app_assignments",
    "group_members",
    "groups",
    "apps",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
