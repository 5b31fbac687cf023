// Account reads and writes. Emails are compared lower-case; callers pass them as typed. Every
// write keeps the words the admin search finds the user by (user-search.ts) in step.
import type { Db } from "./database.ts";
import type { NewUser, User, UserUpdate } from "./schema.ts";
import { inTransaction, writeSearchTerms, changesSearchTerms } from "./user-search-terms.ts";

/** The optional profile fields of a new account, all unset. */
export const emptyProfile = {
  mobile_phone: null,
  work_phone: null,
  home_address: null,
  personal_email: null,
  job_title: null,
  department: null,
  employee_id: null,
  manager: null,
  cost_center: null,
  office_location: null,
  start_date: null,
} as const satisfies Partial<NewUser>;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function findUserByEmail(db: Db, email: string): Promise<User | undefined> {
  return db
    .selectFrom("users")
    .selectAll()
    .where("email", "=", normalizeEmail(email))
    .executeTakeFirst();
}

export function findUserById(db: Db, id: string): Promise<User | undefined> {
  return db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function insertUser(db: Db, user: NewUser): Promise<void> {
  await inTransaction(db, async (transaction) => {
    await transaction
      .insertInto("users")
      .values({ ...user, email: normalizeEmail(user.email) })
      .execute();
    await writeSearchTerms(transaction, user.id);
  });
}

export async function updateUser(db: Db, id: string, changes: UserUpdate): Promise<boolean> {
  return inTransaction(db, async (transaction) => {
    const result = await transaction
      .updateTable("users")
      .set(changes)
      .where("id", "=", id)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) {
      return false;
    }
    if (changesSearchTerms(changes)) {
      await writeSearchTerms(transaction, id);
    }
    return true;
  });
}

export function listUsers(db: Db): Promise<User[]> {
  return db.selectFrom("users").selectAll().orderBy("email").execute();
}
