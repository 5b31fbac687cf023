// Indexes on expires_at for the short-lived rows swept on a timer (server/storage/expiry-sweep.ts),
// so a sweep reads only what expired instead of the whole table.
import type { Kysely } from "kysely";

const tables = ["webauthn_challenges", "device_challenges", "launch_tickets", "launch_handoffs"];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of tables) {
    await db.schema.createIndex(`${table}_expires_at`).on(table).column("expires_at").execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of tables) {
    await db.schema.dropIndex(`${table}_expires_at`).execute();
  }
}
