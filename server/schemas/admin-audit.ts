// Request and response shapes of /api/admin/audit: a page of the audit log, filtered, each event
// named in words from the one catalogue (server/audit/event-catalogue.ts), and its export.
import { Type, type Static } from "typebox";
import { Identifier, Text } from "./strings.ts";

export const AuditCategory = Type.Union([
  Type.Literal("sign_in"),
  Type.Literal("security_change"),
  Type.Literal("administration"),
]);
export type AuditCategory = Static<typeof AuditCategory>;

/** Where the previous page ended: "<ms>.<event id>", as the last answer's `next` gave it. */
export const AuditCursor = Type.String({
  maxLength: 90,
  pattern: "^[0-9]{1,16}\\.[A-Za-z0-9_-]{1,64}$",
});
export type AuditCursor = Static<typeof AuditCursor>;

/** A time as ISO 8601 with seconds and a zone, e.g. 2026-11-30T09:00:00Z. */
const Instant = Type.String({
  format: "date-time",
  maxLength: 40,
  pattern:
    "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})$",
});

const AuditFilters = {
  /** Events that concern this user or that they did. */
  person: Type.Optional(Identifier()),
  event: Type.Optional(Text({ maxLength: 64 })),
  category: Type.Optional(AuditCategory),
  since: Type.Optional(Instant),
  until: Type.Optional(Instant),
};

export const AuditQuery = Type.Object(
  {
    ...AuditFilters,
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
    after: Type.Optional(AuditCursor),
  },
  { additionalProperties: false },
);
export type AuditQuery = Static<typeof AuditQuery>;

export const AuditExportQuery = Type.Object(
  { ...AuditFilters, format: Type.Union([Type.Literal("csv"), Type.Literal("json")]) },
  { additionalProperties: false },
);
export type AuditExportQuery = Static<typeof AuditExportQuery>;

/** The export as CSV: a header row, then one row per event (docs/admin.md). */
export const AuditCsvFile = Type.String();
export type AuditCsvFile = Static<typeof AuditCsvFile>;

/** The export as JSON: one array of events, each the CSV's columns as properties. */
export const AuditJsonFile = Type.Array(Type.Record(Type.String(), Type.Unknown()));
export type AuditJsonFile = Static<typeof AuditJsonFile>;

const Nullable = Type.Union([Type.String(), Type.Null()]);

export const AuditEntryView = Type.Object({
  id: Type.String(),
  at: Type.String({ format: "date-time" }),
  event: Type.String(),
  /** The event in words, e.g. "Account unlocked". */
  title: Type.String(),
  category: AuditCategory,
  reason: Nullable,
  /** The reason in words, or null. */
  detail: Nullable,
  actorId: Nullable,
  /** The admin or user who acted, as an email, when they still exist. */
  actorEmail: Nullable,
  targetId: Nullable,
  targetEmail: Nullable,
  ip: Nullable,
  userAgent: Nullable,
  details: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
});
export type AuditEntryView = Static<typeof AuditEntryView>;

export const AuditList = Type.Object({
  events: Type.Array(AuditEntryView),
  /** The cursor of the next page, or null on the last one. */
  next: Type.Union([AuditCursor, Type.Null()]),
});
export type AuditList = Static<typeof AuditList>;

/** The catalogue of events, for the console's event filter. */
export const AuditEventNames = Type.Object({
  events: Type.Array(
    Type.Object({ event: Type.String(), title: Type.String(), category: AuditCategory }),
  ),
});
export type AuditEventNames = Static<typeof AuditEventNames>;
