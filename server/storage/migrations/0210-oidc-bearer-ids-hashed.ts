// Codes and tokens of the OpenID Provider are now stored under SHA-256 of their value, without the
// value in the payload (server/oidc/stored-ids.ts). Entries written before held the raw value and
// can no longer be found, so they go: an app holding one signs the user in again.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    delete from oidc_payloads
    where model in ('AuthorizationCode', 'AccessToken', 'RefreshToken', 'ClientCredentials')
  `.execute(db);
}

export async function down(): Promise<void> {
  // Nothing to restore: the deleted entries held raw tokens.
}
