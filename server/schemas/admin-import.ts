// Request and response shapes of the users CSV import (docs/admin.md, "Importing users"): the
// dry run's plan — every row's outcome before anything is written — and the import's result.
import { Type, type Static } from "typebox";
import { MultiLineText, Text } from "./strings.ts";

/** The file as text. The plan refuses more than 1 MB in words; this is only the hard stop. */
export const UserImportBody = Type.Object(
  {
    csv: MultiLineText({ maxLength: 2_000_000 }),
    /** The dry run's digest: the import applies only the plan the admin saw. */
    digest: Type.Optional(Text({ maxLength: 128 })),
  },
  { additionalProperties: false },
);
export type UserImportBody = Static<typeof UserImportBody>;

const FileProblem = Type.Object({
  reason: Type.Union([
    Type.Literal("too_large"),
    Type.Literal("too_many_rows"),
    Type.Literal("empty"),
    Type.Literal("missing_column"),
    Type.Literal("unknown_column"),
    Type.Literal("duplicate_column"),
    Type.Literal("stray_quote"),
    Type.Literal("text_after_quote"),
    Type.Literal("unclosed_quote"),
  ]),
  line: Type.Union([Type.Integer(), Type.Null()]),
  column: Type.Union([Type.String(), Type.Null()]),
  /** The bound that was passed (bytes or rows), for the words. */
  limit: Type.Union([Type.Integer(), Type.Null()]),
});

export const ImportRowError = Type.Object({
  column: Type.String(),
  reason: Type.Union([
    Type.Literal("required"),
    Type.Literal("invalid_email"),
    Type.Literal("duplicate_email"),
    Type.Literal("too_long"),
    Type.Literal("not_single_line"),
    Type.Literal("formula"),
    Type.Literal("unknown_manager"),
    Type.Literal("own_manager"),
    Type.Literal("unknown_group"),
    Type.Literal("field_count"),
  ]),
  /** What it concerns: the unknown group's name, the first line of a duplicate, the bound. */
  value: Type.Union([Type.String(), Type.Null()]),
});
export type ImportRowError = Static<typeof ImportRowError>;

export const ImportRow = Type.Object({
  line: Type.Integer(),
  email: Type.String(),
  outcome: Type.Union([
    Type.Literal("create"),
    Type.Literal("update"),
    Type.Literal("unchanged"),
    Type.Literal("error"),
  ]),
  changes: Type.Array(
    Type.Object({
      field: Type.String(),
      before: Type.Union([Type.String(), Type.Null()]),
      after: Type.String(),
    }),
  ),
  /** Groups the user joins (names); groups they are in already are left as they are. */
  joins: Type.Array(Type.String()),
  errors: Type.Array(ImportRowError),
});
export type ImportRow = Static<typeof ImportRow>;

export const UserImportPlan = Type.Object({
  problem: Type.Union([FileProblem, Type.Null()]),
  rows: Type.Array(ImportRow),
  counts: Type.Object({
    create: Type.Integer(),
    update: Type.Integer(),
    unchanged: Type.Integer(),
    error: Type.Integer(),
  }),
  digest: Type.String(),
});
export type UserImportPlan = Static<typeof UserImportPlan>;
export type ImportFileProblem = Static<typeof FileProblem>;

export const UserImportResult = Type.Object({
  created: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
  invitationsSent: Type.Integer(),
  invitationsFailed: Type.Integer(),
});
export type UserImportResult = Static<typeof UserImportResult>;
