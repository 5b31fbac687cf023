// One cell of the import file, checked on its own: bounded length, one line, a real address where
// an address belongs, and nothing a spreadsheet would run as a formula (=, +, -, @, tab or CR
// first — OWASP's CSV injection advice), which is refused rather than silently changed.
import type { ImportRowError } from "../../schemas/admin-import.ts";
import type { ImportColumn } from "./import-file.ts";

const maxLength: Record<ImportColumn, number> = {
  email: 254,
  given_name: 100,
  family_name: 100,
  employee_id: 64,
  department: 100,
  manager_email: 254,
  groups: 2000,
};

const emailPattern = /^[^\s@\p{Cc}\p{Cs}]+@[^\s@\p{Cc}\p{Cs}]+$/u;
const unsafeText = /[\p{Cc}\p{Cs}\p{Zl}\p{Zp}]/u;
const formulaStart = /^[=+\-@\t\r]/;

export function checkCell(column: ImportColumn, value: string): ImportRowError | undefined {
  const error = (reason: ImportRowError["reason"], detail: string | null = null) => ({
    column,
    reason,
    value: detail,
  });
  if (value.length > maxLength[column]) {
    return error("too_long", String(maxLength[column]));
  }
  if (unsafeText.test(value)) {
    return error("not_single_line");
  }
  if (formulaStart.test(value)) {
    return error("formula");
  }
  if (column === "email" && value === "") {
    return error("required");
  }
  if ((column === "email" || column === "manager_email") && value !== "") {
    return emailPattern.test(value) ? undefined : error("invalid_email");
  }
  if (column === "groups") {
    const tooLong = groupNamesOf(value).find((name) => name.length > 100);
    return tooLong === undefined ? undefined : error("too_long", "100");
  }
  return undefined;
}

/** The groups cell: names separated by semicolons, trimmed, each once. */
export function groupNamesOf(cell: string): string[] {
  return [
    ...new Set(
      cell
        .split(";")
        .map((name) => name.trim())
        .filter((name) => name !== ""),
    ),
  ];
}
