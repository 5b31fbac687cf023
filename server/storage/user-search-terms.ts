// Keeps the words the admin search finds a user by (table user_search_terms, migration 0140) in
// step with the account: rewritten whenever a searchable column changes, in the same transaction.
import { searchTermsOf } from "../lib/search-terms.ts";
import type { Db } from "./database.ts";
import type { UserUpdate } from "./schema.ts";

const searchableColumns = [
  "email",
  "first_name",
  "last_name",
  "display_name",
  "username",
  "employee_id",
  "department",
] as const;

/** Runs the work in the caller's transaction, or in a new one. */
export function inTransaction<T>(db: Db, work: (transaction: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

export function changesSearchTerms(changes: UserUpdate): boolean {
  return searchableColumns.some((column) => column in changes);
}

/** Replaces the user's search words with those of the account as stored now. */
export async function writeSearchTerms(db: Db, userId: string): Promise<void> {
  const user = await db
    .selectFrom("users")
    .select(searchableColumns)
    .where("id", "=", userId)
    .executeTakeFirst();
  await db.deleteFrom("user_search_terms").where("user_id", "=", userId).execute();
  if (user === undefined) {
    return;
  }
  const terms = searchTermsOf(user);
  if (terms.length > 0) {
    await db
      .insertInto("user_search_terms")
      .values(terms.map((term) => ({ term, user_id: userId })))
      .execute();
  }
}
