// `userName eq "…"` and `externalId eq "…"` — what a provisioning client asks before it creates a
// user — answered from an index instead of a scan (docs/scim.md). The SQL only narrows: the filter
// is still evaluated in full on what it returns, so the answer is the evaluator's, and the SQL
// must never miss a match. externalId is caseExact (RFC 7643 §3.1): plain equality. userName is
// not: lower(username) folds only ASCII on SQLite, so an index is used only for an ASCII value,
// and the one character that folds to ASCII (U+212A KELVIN SIGN → "k") is looked for too.
import { sql, type ExpressionBuilder } from "kysely";
import type { Database } from "../storage/schema.ts";
import type { ScimFilter } from "./scim-filter-parser.ts";
import { scimSchemas } from "./scim-attributes.ts";

export type IndexedLookup = { column: "username" | "scim_external_id"; value: string };

const kelvinSign = "\u212a";

/** An equality the indexes answer, found at the top of the filter or in one side of an "and". */
export function indexedLookupOf(filter: ScimFilter): IndexedLookup | undefined {
  if (filter.op === "and") {
    return indexedLookupOf(filter.left) ?? indexedLookupOf(filter.right);
  }
  if (filter.op !== "eq" || typeof filter.value !== "string") {
    return undefined;
  }
  const { path } = filter;
  if (path.subAttribute !== undefined) {
    return undefined;
  }
  if (path.schema !== undefined && path.schema !== scimSchemas.user.toLowerCase()) {
    return undefined;
  }
  if (path.attribute === "externalid") {
    return { column: "scim_external_id", value: filter.value };
  }
  const folded = filter.value.toLowerCase();
  if (path.attribute === "username" && /^[\x20-\x7e]*$/.test(folded)) {
    return { column: "username", value: folded };
  }
  return undefined;
}

export function narrowedBy(eb: ExpressionBuilder<Database, "users">, lookup: IndexedLookup) {
  if (lookup.column === "scim_external_id") {
    return eb("scim_external_id", "=", lookup.value);
  }
  return eb.or([
    eb(sql<string>`lower(username)`, "=", lookup.value),
    eb("username", "like", `%${kelvinSign}%`),
  ]);
}
