// Which algorithm signs an OIDC client's ID tokens (OIDC Registration §2
// id_token_signed_response_alg): ES256 for new clients, RS256 on request. The clients that exist
// were issued RS256 tokens and keep them, so nothing changes for an app already integrated.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("apps").addColumn("oidc_id_token_signing_alg", "text").execute();
  await sql`update apps set oidc_id_token_signing_alg = 'RS256' where kind = 'oidc'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("apps").dropColumn("oidc_id_token_signing_alg").execute();
}
