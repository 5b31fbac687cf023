// An index on lower(username) for the SCIM `userName eq` filter a provisioning client runs
// before it creates a user (server/scim/scim-user-lookup.ts): userName compares without case.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index users_username_lower on users (lower(username))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("users_username_lower").execute();
}
