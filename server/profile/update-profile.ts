// A user edits their own profile: a field the admin locked is refused (enforced here, not only in
// the portal), required fields stay filled, a start date is a real date, a username is nobody
// else's. Blank values clear optional fields; the change is audited with before and after.
import { recordAuditEvent, type AuditOrigin } from "../audit/audit-log.ts";
import type { ValidSession } from "../auth/session.ts";
import type { Clock } from "../lib/clock.ts";
import type { ProfileChangeBody, ProfileField } from "../schemas/profile.ts";
import type { Db } from "../storage/database.ts";
import type { User, UserUpdate } from "../storage/schema.ts";
import { findUserById, updateUser } from "../storage/users.ts";

export const profileColumns: Record<ProfileField, keyof User & keyof UserUpdate> = {
  firstName: "first_name",
  lastName: "last_name",
  displayName: "display_name",
  username: "username",
  mobilePhone: "mobile_phone",
  workPhone: "work_phone",
  homeAddress: "home_address",
  personalEmail: "personal_email",
  jobTitle: "job_title",
  department: "department",
  employeeId: "employee_id",
  manager: "manager",
  costCenter: "cost_center",
  officeLocation: "office_location",
  startDate: "start_date",
};

export type ProfileUpdate =
  | { ok: true; user: User }
  | { ok: false; reason: "read_only"; field: ProfileField }
  | { ok: false; reason: "empty" | "not_a_date" | "username_taken"; field: string };

export async function updateProfile(
  { db, clock }: { db: Db; clock: Clock },
  input: { auth: ValidSession; change: ProfileChangeBody; origin: AuditOrigin },
): Promise<ProfileUpdate> {
  const { user, policies } = input.auth;
  const fields = Object.keys(input.change) as ProfileField[];
  const locked = fields.find((field) => policies.profile[field] === "locked");
  if (locked !== undefined) {
    return { ok: false, reason: "read_only", field: locked };
  }
  const checked = await checkProfileChange(db, user, input.change);
  if (!checked.ok) {
    return checked;
  }
  const now = clock.now();
  await db.transaction().execute(async (transaction) => {
    await updateUser(transaction, user.id, { ...checked.changes, updated_at: now });
    await recordAuditEvent(transaction, {
      event: "profile.changed",
      at: now,
      actorId: user.id,
      targetId: user.id,
      targetEmail: user.email,
      origin: input.origin,
      details: { fields, ...beforeAndAfter(user, checked.changes) },
    });
  });
  return { ok: true, user: (await findUserById(db, user.id)) ?? user };
}

export type ProfileCheck =
  | { ok: true; changes: UserUpdate }
  | { ok: false; reason: "empty" | "not_a_date" | "username_taken"; field: string };

/**
 * The columns a profile change sets, trimmed, blanks cleared; or what is wrong with it. Shared
 * by the user's own edit and the admin's (server/admin/user-profile-admin.ts).
 */
export async function checkProfileChange(
  db: Db,
  user: User,
  change: ProfileChangeBody,
): Promise<ProfileCheck> {
  const changes: UserUpdate = {};
  for (const [field, value] of Object.entries(change) as [ProfileField, string | null][]) {
    const trimmed = typeof value === "string" ? value.trim() : value;
    (changes as Record<string, string | null>)[profileColumns[field]] =
      trimmed === "" ? null : trimmed;
  }
  const required: [keyof UserUpdate, ProfileField][] = [
    ["first_name", "firstName"],
    ["last_name", "lastName"],
    ["display_name", "displayName"],
    ["username", "username"],
  ];
  for (const [column, field] of required) {
    if (column in changes && changes[column] === null) {
      return { ok: false, reason: "empty", field };
    }
  }
  if (typeof changes.start_date === "string" && !isRealDate(changes.start_date)) {
    return { ok: false, reason: "not_a_date", field: "startDate" };
  }
  if (typeof changes.username === "string" && changes.username !== user.username) {
    const taken = await db
      .selectFrom("users")
      .select("id")
      .where("username", "=", changes.username)
      .executeTakeFirst();
    if (taken !== undefined) {
      return { ok: false, reason: "username_taken", field: "username" };
    }
  }
  return { ok: true, changes };
}

/** The changed columns' values before and after, for the audit log (profiles hold no secrets). */
export function beforeAndAfter(
  user: User,
  changes: UserUpdate,
): { before: Record<string, string | null>; after: Record<string, string | null> } {
  const before: Record<string, string | null> = {};
  const after: Record<string, string | null> = {};
  for (const [column, value] of Object.entries(changes)) {
    const old = (user as Record<string, unknown>)[column];
    if (column !== "updated_at" && old !== value) {
      before[column] = typeof old === "string" ? old : null;
      after[column] = typeof value === "string" ? value : null;
    }
  }
  return { before, after };
}

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
