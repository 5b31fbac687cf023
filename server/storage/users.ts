// Account reads and writes. Emails are compared lower-case; callers pass them as typed.
import type { Db } from "./database.ts";
import type { NewUser, User, UserUpdate } from "./schema.ts";

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
  await db
    .insertInto("users")
    .values({ ...user, email: normalizeEmail(user.email) })
    .execute();
}

export async function updateUser(db: Db, id: string, changes: UserUpdate): Promise<boolean> {
  const result = await db.updateTable("users").set(changes).where("id", "=", id).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export function listUsers(db: Db): Promise<User[]> {
  return db.selectFrom("users").selectAll().orderBy("email").execute();
}
