// A SAML service provider's signing certificate as its metadata gives it (PEM), kept so the
// console shows which key the provider registered and when it expires (docs/admin.md).
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("apps").addColumn("saml_sp_certificate", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("apps").dropColumn("saml_sp_certificate").execute();
}
