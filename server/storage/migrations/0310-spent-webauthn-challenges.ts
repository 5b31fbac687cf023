// WebAuthn challenges are sealed, not stored, when issued (server/webauthn/challenge-seal.ts); a
// verifier records each one it accepts here, under its primary key, so it passes once across
// instances, and the sweep deletes the record after its expiry (server/storage/expiry-sweep.ts).
// A table of its own rather than webauthn_challenges: during a rolling deploy an instance of the
// previous release would take a spent record there for an issued challenge, accept a replay over
// it and delete it. webauthn_challenges stays for those instances; a later release drops it.
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("spent_webauthn_challenges")
    .addColumn("challenge", "text", (column) => column.primaryKey())
    .addColumn("expires_at", "bigint", (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex("spent_webauthn_challenges_expires_at")
    .on("spent_webauthn_challenges")
    .column("expires_at")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("spent_webauthn_challenges").execute();
}
