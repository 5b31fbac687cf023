// The words of the users CSV import: the file, the dry run's outcome per row and the import's
// result (docs/admin.md, "Importing users").
import { defineMessages } from "../../../locales/define-messages.ts";

export const importMessages = defineMessages({
  title: { id: "admin.import.title", defaultMessage: "Import users", description: "Page title" },
  description: {
    id: "admin.import.description",
    defaultMessage:
      "Create and update users from a CSV file. The dry run shows what every row would do; nothing is written until you import.",
    description: "Under the page title",
  },
  open: { id: "admin.import.open", defaultMessage: "Import CSV", description: "Users page button" },
  columns: {
    id: "admin.import.columns",
    defaultMessage:
      "The first row names the columns: email (required), given_name, family_name, employee_id, department, manager_email, groups (names separated by semicolons). An empty cell leaves the field as it is. At most 5,000 rows and 1 MB.",
    description: "Help under the file field; keep the column names as they are",
  },
  file: { id: "admin.import.file", defaultMessage: "CSV file", description: "File field label" },
  paste: {
    id: "admin.import.paste",
    defaultMessage: "Or paste the CSV text",
    description: "Field label",
  },
  tooLarge: {
    id: "admin.import.tooLarge",
    defaultMessage: "This file is larger than 1 MB. Split it into smaller files.",
    description: "Error when the chosen file is too large",
  },
  dryRun: { id: "admin.import.dryRun", defaultMessage: "Dry run", description: "Button" },
  checking: { id: "admin.import.checking", defaultMessage: "Checking…", description: "Busy" },
  import: { id: "admin.import.import", defaultMessage: "Import", description: "Button" },
  importing: { id: "admin.import.importing", defaultMessage: "Importing…", description: "Busy" },
  fixFirst: {
    id: "admin.import.fixFirst",
    defaultMessage:
      "Fix the rows with errors and run the dry run again: the file imports all or nothing.",
    description: "Said when the dry run found errors",
  },
  nothingToDo: {
    id: "admin.import.nothingToDo",
    defaultMessage: "Every user in this file is up to date.",
    description: "Said when the dry run found nothing to change",
  },
  summary: {
    id: "admin.import.summary",
    defaultMessage:
      "Dry run: {create, number} to create, {update, number} to update, {unchanged, number} unchanged, {error, number} with errors.",
    description: "The dry run's counts",
  },
  problem: {
    id: "admin.import.problem",
    defaultMessage:
      "{reason, select, too_large {The file is larger than 1 MB. Split it into smaller files.} too_many_rows {The file has more than {limit, number} rows. Split it into smaller files.} empty {The file has no users: it needs a header row and at least one row below it.} missing_column {The header row has no email column.} unknown_column {The header row names a column Gatehouse does not know: “{column}”.} duplicate_column {The header row names the column “{column}” twice.} stray_quote {Line {line}: a quote mark inside a field that does not start with one.} text_after_quote {Line {line}: text after a closing quote mark.} unclosed_quote {Line {line}: a quote mark that is never closed.} other {The file cannot be read.}}",
    description: "Why the whole file was refused; line, column and limit tell where",
  },
  tableLabel: {
    id: "admin.import.tableLabel",
    defaultMessage: "Dry run rows",
    description: "Table name for screen readers",
  },
  columnLine: {
    id: "admin.import.column.line",
    defaultMessage: "Line",
    description: "Table header",
  },
  columnEmail: {
    id: "admin.import.column.email",
    defaultMessage: "Email",
    description: "Table header",
  },
  columnOutcome: {
    id: "admin.import.column.outcome",
    defaultMessage: "Outcome",
    description: "Table header",
  },
  columnDetails: {
    id: "admin.import.column.details",
    defaultMessage: "Details",
    description: "Table header",
  },
  outcome: {
    id: "admin.import.outcome",
    defaultMessage:
      "{outcome, select, create {Create} update {Update} unchanged {Unchanged} error {Error} other {Unknown}}",
    description: "A row's outcome",
  },
  change: {
    id: "admin.import.change",
    defaultMessage: "{field}: {before} → {after}",
    description: "One field an update changes; before is empty when the field had no value",
  },
  joins: {
    id: "admin.import.joins",
    defaultMessage: "Joins: {groups}",
    description: "The groups a row's user joins",
  },
  rowError: {
    id: "admin.import.rowError",
    defaultMessage: "{column}: {reason}",
    description: "One error of a row; column is the column's name, reason says what is wrong",
  },
  wholeRow: {
    id: "admin.import.wholeRow",
    defaultMessage: "Row",
    description: "The column name of an error about the whole row",
  },
  done: {
    id: "admin.import.done",
    defaultMessage:
      "Imported: {created, number} created, {updated, number} updated, {unchanged, number} unchanged.",
    description: "The import's result",
  },
  invitationsSent: {
    id: "admin.import.invitationsSent",
    defaultMessage:
      "{count, plural, one {# invitation mail was sent.} other {# invitation mails were sent.}}",
    description: "Said after an import that created users",
  },
  invitationsFailed: {
    id: "admin.import.invitationsFailed",
    defaultMessage:
      "{count, plural, one {# invitation could not be sent: send it again from the user's page.} other {# invitations could not be sent: send them again from the users' pages.}}",
    description: "Said after an import when some invitation mails failed",
  },
  backToUsers: {
    id: "admin.import.backToUsers",
    defaultMessage: "Back to users",
    description: "Link",
  },
});

/** Why a cell or row cannot be imported (server/schemas/admin-import.ts); value says what. */
export const rowErrorReasons = defineMessages({
  required: {
    id: "admin.import.error.required",
    defaultMessage: "needed to create a user",
    description: "Import row error",
  },
  invalid_email: {
    id: "admin.import.error.invalidEmail",
    defaultMessage: "not an email address",
    description: "Import row error",
  },
  duplicate_email: {
    id: "admin.import.error.duplicateEmail",
    defaultMessage: "this email is already on line {value}",
    description: "Import row error; value is the line number",
  },
  too_long: {
    id: "admin.import.error.tooLong",
    defaultMessage: "longer than {value} characters",
    description: "Import row error; value is the limit",
  },
  not_single_line: {
    id: "admin.import.error.notSingleLine",
    defaultMessage: "has a line break or a control character",
    description: "Import row error",
  },
  formula: {
    id: "admin.import.error.formula",
    defaultMessage: "starts with =, +, -, @ or a tab, which a spreadsheet would run as a formula",
    description: "Import row error",
  },
  unknown_manager: {
    id: "admin.import.error.unknownManager",
    defaultMessage: "no user and no row has the email {value}",
    description: "Import row error; value is the manager's email",
  },
  own_manager: {
    id: "admin.import.error.ownManager",
    defaultMessage: "a user cannot be their own manager",
    description: "Import row error",
  },
  unknown_group: {
    id: "admin.import.error.unknownGroup",
    defaultMessage: "there is no group named “{value}”",
    description: "Import row error; value is the group's name",
  },
  field_count: {
    id: "admin.import.error.fieldCount",
    defaultMessage: "the row has more or fewer fields than the header",
    description: "Import row error",
  },
});
