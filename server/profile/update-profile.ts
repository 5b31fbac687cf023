// A user edits their own profile: refused while the admin has made profiles read-only (enforced
// here, not only in the portal), required fields stay filled, a start date is a real date, a
// username is nobody else's. Blank values clear optional fields; the change is audited.
import { recordAuditEvent, type AuditOrigin } from "../audit/audit-log.ts";
import type { ValidSession } from "../auth/session.ts";
import type { Clock } from "../lib/clock.ts";
import type { ProfileChangeBody } from "../schemas/profile.ts";
import type { Db } from "../storage/database.ts";
import type { User, UserUpdate } from "../storage/schema.ts";
import { findUserById } from "../storage/users.ts";

const columns: Record<keyof ProfileChangeBody, keyof UserUpdate> = {
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
  | { ok: false; reason: "read_only" }
  | { ok: false; reason: "empty" | "not_a_date" | "username_taken"; field: string };

export async function updateProfile(
  { db, clock }: { db: Db; clock: Clock },
  input: { auth: ValidSession; change: ProfileChangeBody; origin: AuditOrigin },
): Promise<ProfileUpdate> {
  const { user, policies } = input.auth;
  if (!policies.profile.editable) {
    return { ok: false, reason: "read_only" };
  }
  const changes: UserUpdate = {};
  for (const [field, value] of Object.entries(input.change) as [
    keyof ProfileChangeBody,
    string | null,
  ][]) {
    const trimmed = typeof value === "string" ? value.trim() : value;
    (changes as Record<string, string | null>)[columns[field]] = trimmed === "" ? null : trimmed;
  }
  for (const required of ["first_name", "last_name", "display_name", "username"] as const) {
    if (required in changes && changes[required] === null) {
      return { ok: false, reason: "empty", field: required };
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
  const now = clock.now();
  await db
    .updateTable("users")
    .set({ ...changes, updated_at: now })
    .where("id", "=", user.id)
    .execute();
  await recordAuditEvent(db, {
    event: "profile.changed",
    at: now,
    actorId: user.id,
    targetId: user.id,
    targetEmail: user.email,
    origin: input.origin,
    details: { fields: Object.keys(input.change) },
  });
  return { ok: true, user: (await findUserById(db, user.id)) ?? user };
}

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
