// The dry run of a users CSV import (docs/admin.md, "Importing users"): every row's outcome —
// create, update (with each field before and after, and the groups joined), unchanged, or its
// errors with the column and reason — computed from the file and the database, writing nothing.
// The digest names this exact plan, so the import applies only what the admin saw.
import { createHash } from "node:crypto";
import { listGroups } from "../../apps/app-store.ts";
import type { ImportRow, ImportRowError, UserImportPlan } from "../../schemas/admin-import.ts";
import type { Db } from "../../storage/database.ts";
import type { User } from "../../storage/schema.ts";
import { normalizeEmail } from "../../storage/users.ts";
import { checkCell, groupNamesOf } from "./import-cells.ts";
import { readImportFile, type ImportColumn, type ImportLine } from "./import-file.ts";

/** The user field each column writes; email only identifies the row, groups are memberships. */
export const columnFields = {
  given_name: "first_name",
  family_name: "last_name",
  employee_id: "employee_id",
  department: "department",
  manager_email: "manager",
} as const satisfies Partial<Record<ImportColumn, keyof User>>;
type FieldColumn = keyof typeof columnFields;
const fieldColumns = Object.keys(columnFields) as FieldColumn[];

export type PlannedWrite = {
  row: ImportRow;
  /** The existing account, for updates. */
  user: User | undefined;
  values: Partial<Record<FieldColumn, string>>;
  groupIds: string[];
};

export type ImportPlanning = { plan: UserImportPlan; writes: PlannedWrite[] };

/** The accounts with these emails, read in chunks so no statement grows past the drivers' limits. */
async function usersByEmail(db: Db, emails: string[]): Promise<Map<string, User>> {
  const found = new Map<string, User>();
  for (let start = 0; start < emails.length; start += 500) {
    const chunk = emails.slice(start, start + 500);
    for (const user of await db
      .selectFrom("users")
      .selectAll()
      .where("email", "in", chunk)
      .execute()) {
      found.set(user.email, user);
    }
  }
  return found;
}

async function membershipsOf(db: Db, userIds: string[]): Promise<Set<string>> {
  const pairs = new Set<string>();
  for (let start = 0; start < userIds.length; start += 500) {
    const chunk = userIds.slice(start, start + 500);
    const rows = await db
      .selectFrom("group_members")
      .select(["group_id", "user_id"])
      .where("user_id", "in", chunk)
      .execute();
    rows.forEach((row) => pairs.add(`${row.user_id}|${row.group_id}`));
  }
  return pairs;
}

export async function planImport(db: Db, csv: string): Promise<ImportPlanning> {
  const file = readImportFile(csv);
  if (!file.ok) {
    return { plan: finish(csv, file.problem, []), writes: [] };
  }
  const emailsInFile = file.lines.map((line) => normalizeEmail(line.cells.email ?? ""));
  const managerEmails = file.lines.map((line) => normalizeEmail(line.cells.manager_email ?? ""));
  const known = await usersByEmail(db, [
    ...new Set([...emailsInFile, ...managerEmails].filter((email) => email !== "")),
  ]);
  const members = await membershipsOf(
    db,
    emailsInFile.flatMap((email) => known.get(email)?.id ?? []),
  );
  const groups = new Map((await listGroups(db)).map((group) => [group.name, group.id]));
  const firstLineOf = new Map<string, number>();
  const writes = file.lines.map((line) =>
    planRow(line, { known, members, groups, firstLineOf, inFile: new Set(emailsInFile) }),
  );
  return {
    plan: finish(
      csv,
      null,
      writes.map((write) => write.row),
    ),
    writes,
  };
}

type RowContext = {
  known: Map<string, User>;
  members: Set<string>;
  groups: Map<string, string>;
  firstLineOf: Map<string, number>;
  inFile: Set<string>;
};

function planRow(line: ImportLine, context: RowContext): PlannedWrite {
  const email = normalizeEmail(line.cells.email ?? "");
  const errors: ImportRowError[] = [];
  if (line.fieldCountWrong) {
    errors.push({ column: "", reason: "field_count", value: null });
  }
  for (const [column, value] of Object.entries(line.cells) as [ImportColumn, string][]) {
    const error = checkCell(column, value);
    if (error !== undefined) {
      errors.push(error);
    }
  }
  const first = context.firstLineOf.get(email);
  if (email !== "" && first !== undefined) {
    errors.push({ column: "email", reason: "duplicate_email", value: String(first) });
  } else if (email !== "") {
    context.firstLineOf.set(email, line.line);
  }
  const user = context.known.get(email);
  const manager = normalizeEmail(line.cells.manager_email ?? "");
  if (manager !== "" && manager === email) {
    errors.push({ column: "manager_email", reason: "own_manager", value: null });
  } else if (manager !== "" && !context.known.has(manager) && !context.inFile.has(manager)) {
    errors.push({ column: "manager_email", reason: "unknown_manager", value: manager });
  }
  const groupIds: string[] = [];
  const joins: string[] = [];
  for (const name of groupNamesOf(line.cells.groups ?? "")) {
    const id = context.groups.get(name);
    if (id === undefined) {
      errors.push({ column: "groups", reason: "unknown_group", value: name });
    } else if (user === undefined || !context.members.has(`${user.id}|${id}`)) {
      groupIds.push(id);
      joins.push(name);
    }
  }
  if (user === undefined) {
    for (const column of ["given_name", "family_name"] as const) {
      if ((line.cells[column] ?? "") === "") {
        errors.push({ column, reason: "required", value: null });
      }
    }
  }
  const values: Partial<Record<FieldColumn, string>> = {};
  const changes: ImportRow["changes"] = [];
  for (const column of fieldColumns) {
    // An empty cell leaves the field as it is: an import never clears a field.
    const value = column === "manager_email" ? manager : (line.cells[column] ?? "");
    const before = user === undefined ? null : user[columnFields[column]];
    if (value !== "" && value !== before) {
      values[column] = value;
      changes.push({ field: column, before, after: value });
    }
  }
  const outcome =
    errors.length > 0
      ? "error"
      : user === undefined
        ? "create"
        : changes.length > 0 || joins.length > 0
          ? "update"
          : "unchanged";
  return {
    row: { line: line.line, email, outcome, changes, joins, errors },
    user,
    values,
    groupIds,
  };
}

function finish(
  csv: string,
  problem: UserImportPlan["problem"],
  rows: ImportRow[],
): UserImportPlan {
  const counts = { create: 0, update: 0, unchanged: 0, error: 0 };
  rows.forEach((row) => (counts[row.outcome] += 1));
  const digest = createHash("sha256")
    .update(JSON.stringify({ csv, problem, rows }))
    .digest("base64url");
  return { problem, rows, counts, digest };
}
