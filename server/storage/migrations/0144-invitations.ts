// Invitations the console can show and send again (issue 16): when a user was invited, cleared
// once they chose their password through the link.
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("users").addColumn("invited_at", "bigint").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("users").dropColumn("invited_at").execute();
}
