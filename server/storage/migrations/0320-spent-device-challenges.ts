// Device challenges are sealed, not stored, when issued (server/devices/device-proof.ts), as
// WebAuthn challenges are since migration 0310; a verifier records each one it takes here, under
// its primary key, so it passes once across instances, and the sweep deletes the record after
// its expiry (server/storage/expiry-sweep.ts). device_challenges stays for the challenges that
// instances of the previous release issue during a rolling deploy; a later release drops it.
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("spent_device_challenges")
    .addColumn("challenge", "text", (column) => column.primaryKey())
    .addColumn("expires_at", "bigint", (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex("spent_device_challenges_expires_at")
    .on("spent_device_challenges")
    .column("expires_at")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("spent_device_challenges").execute();
}
