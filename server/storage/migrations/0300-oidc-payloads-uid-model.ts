// oidc-provider's entries are found by uid only within a model (a Session by its uid:
// server/oidc/oidc-adapter.ts, token-statements.ts, token-statements-postgres.ts): index both,
// uid first. Before statistics exist, PostgreSQL answered `model = 'Session' and uid = $1` from
// the uid index AND the primary key's model prefix, which walked every session (issue 14). Uid
// comes first because an index led by model competes with the primary key (model, id): with
// statistics taken while a model had few rows, PostgreSQL found `model = $1 and id = $2` through
// it, by model alone, filtering every entry of that model by id.
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex("oidc_payloads_uid_model")
    .on("oidc_payloads")
    .columns(["uid", "model"])
    .execute();
  await db.schema.dropIndex("oidc_payloads_uid").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex("oidc_payloads_uid").on("oidc_payloads").column("uid").execute();
  await db.schema.dropIndex("oidc_payloads_uid_model").execute();
}
