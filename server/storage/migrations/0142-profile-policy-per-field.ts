// Profile editing per field (issue 16): the single `editable` switch becomes one setting per
// profile field, "editable" or "locked". A stored `editable: false` locked everything, so it
// becomes every field locked; anything else reads as the new default (every field editable).
// Without this, the retired switch would be dropped on read and quietly unlock every profile.
import type { Kysely } from "kysely";

/** The profile fields as of this migration (later fields read as their default). */
const profileFields = [
  "firstName",
  "lastName",
  "displayName",
  "username",
  "mobilePhone",
  "workPhone",
  "homeAddress",
  "personalEmail",
  "jobTitle",
  "department",
  "employeeId",
  "manager",
  "costCenter",
  "officeLocation",
  "startDate",
];

type PolicyRow = { kind: string; value: string };

export async function up(db: Kysely<unknown>): Promise<void> {
  const policies = db as unknown as Kysely<{ policies: PolicyRow }>;
  const row = await policies
    .selectFrom("policies")
    .select(["kind", "value"])
    .where("kind", "=", "profile")
    .executeTakeFirst();
  if (row === undefined) {
    return;
  }
  const stored = JSON.parse(row.value) as Record<string, unknown>;
  const locked = stored.editable === false;
  const value = Object.fromEntries(
    profileFields.map((field) => [field, locked ? "locked" : "editable"]),
  );
  await policies
    .updateTable("policies")
    .set({ value: JSON.stringify(value) })
    .where("kind", "=", "profile")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const policies = db as unknown as Kysely<{ policies: PolicyRow }>;
  const row = await policies
    .selectFrom("policies")
    .select("value")
    .where("kind", "=", "profile")
    .executeTakeFirst();
  if (row === undefined) {
    return;
  }
  const stored = JSON.parse(row.value) as Record<string, unknown>;
  const editable = Object.values(stored).some((lock) => lock !== "locked");
  await policies
    .updateTable("policies")
    .set({ value: JSON.stringify({ editable }) })
    .where("kind", "=", "profile")
    .execute();
}
