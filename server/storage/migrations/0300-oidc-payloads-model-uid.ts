// oidc-provider's entries are found by uid only within a model (a Session by its uid:
// server/oidc/oidc-adapter.ts, token-statements.ts, token-statements-postgres.ts): index both.
// Before statistics exist, PostgreSQL answered `model = 'Session' and uid = $1` from the uid
// index AND the primary key's model prefix, which walked every session (issue 14).
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex("oidc_payloads_model_uid")
    .on("oidc_payloads")
    .columns(["model", "uid"])
    .execute();
  await db.schema.dropIndex("oidc_payloads_uid").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex("oidc_payloads_uid").on("oidc_payloads").column("uid").execute();
  await db.schema.dropIndex("oidc_payloads_model_uid").execute();
}
