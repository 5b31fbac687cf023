// The import file's shape (docs/admin.md, "Importing users"): at most 1 MB and 5,000 rows, a
// header row naming known columns (email required; the others optional, in any order, any case),
// then one user per row. File-wide problems stop the dry run; a row's own problems are its errors.
import { parseCsv } from "../../lib/csv.ts";
import type { ImportFileProblem } from "../../schemas/admin-import.ts";

export const importColumns = [
  "email",
  "given_name",
  "family_name",
  "employee_id",
  "department",
  "manager_email",
  "groups",
] as const;
export type ImportColumn = (typeof importColumns)[number];

export const maxImportBytes = 1_000_000;
export const maxImportRows = 5_000;

export type ImportLine = {
  line: number;
  cells: Partial<Record<ImportColumn, string>>;
  /** The row has more or fewer fields than the header. */
  fieldCountWrong: boolean;
};

const problem = (
  reason: ImportFileProblem["reason"],
  details: Partial<Omit<ImportFileProblem, "reason">> = {},
): { ok: false; problem: ImportFileProblem } => ({
  ok: false,
  problem: { reason, line: null, column: null, limit: null, ...details },
});

export function readImportFile(
  csv: string,
): { ok: true; lines: ImportLine[] } | { ok: false; problem: ImportFileProblem } {
  if (Buffer.byteLength(csv, "utf8") > maxImportBytes) {
    return problem("too_large", { limit: maxImportBytes });
  }
  const parsed = parseCsv(csv);
  if (!parsed.ok) {
    return problem(parsed.reason, { line: parsed.line });
  }
  const [header, ...records] = parsed.records;
  if (header === undefined || records.length === 0) {
    return problem("empty");
  }
  if (records.length > maxImportRows) {
    return problem("too_many_rows", { limit: maxImportRows });
  }
  const columns: ImportColumn[] = [];
  for (const name of header.fields) {
    const column = name.trim().toLowerCase();
    if (!(importColumns as readonly string[]).includes(column)) {
      return problem("unknown_column", { line: header.line, column: name.slice(0, 100) });
    }
    if (columns.includes(column as ImportColumn)) {
      return problem("duplicate_column", { line: header.line, column });
    }
    columns.push(column as ImportColumn);
  }
  if (!columns.includes("email")) {
    return problem("missing_column", { line: header.line, column: "email" });
  }
  return {
    ok: true,
    lines: records.map((record) => ({
      line: record.line,
      cells: Object.fromEntries(
        columns.map((column, index) => [column, (record.fields[index] ?? "").trim()]),
      ),
      fieldCountWrong: record.fields.length !== columns.length,
    })),
  };
}
