// The provisioning client's own id for an account (SCIM `externalId`, RFC 7643 §3.1), kept as it
// sent it and indexed for the `externalId eq` filter a client runs before it creates a user.
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("users").addColumn("scim_external_id", "text").execute();
  await db.schema
    .createIndex("users_scim_external_id")
    .on("users")
    .column("scim_external_id")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("users_scim_external_id").execute();
  await db.schema.alterTable("users").dropColumn("scim_external_id").execute();
}
