// How a confidential OIDC client authenticates at the token endpoint (OIDC Registration §2
// token_endpoint_auth_method): client_secret_basic or client_secret_post, enforced as registered.
// Existing confidential clients were registered for client_secret_basic.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("apps").addColumn("oidc_token_endpoint_auth_method", "text").execute();
  await sql`update apps set oidc_token_endpoint_auth_method = 'client_secret_basic'
    where oidc_client_secret_hash is not null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("apps").dropColumn("oidc_token_endpoint_auth_method").execute();
}
