// PostgreSQL statements sent under a name (issue 14): the server parses and plans a named
// statement once per connection and then only binds and runs it, where an unnamed one is parsed,
// analyzed and planned again on every execution (5–7 times the database's CPU for the token
// request's reads; the passkey sign-in's writes were planned in ≈ 0.4 ms and ran in ≈ 0.1 ms)
// and its whole text sent each time. Only statements on hot paths are named, by the code that
// builds them (storage/compiled-once.ts, or `namedSql` for a text written out), so the set stays
// small and fixed; the pool sends them by name (storage/postgres-pool.ts).
import { createHash } from "node:crypto";

const names = new Map<string, string>();

/**
 * A prepared `select *` (or `table.*`, `returning *`) fails with "cached plan must not change
 * result type" once a rolling deploy adds a column to the table (docs/architecture.md): a named
 * statement lists its columns.
 */
const everyColumn = /\bselect\s+(distinct\s+)?\*|\.\*|\breturning\s+\*/i;

/** Sends this exact SQL by name on PostgreSQL from now on; throws for a `*` result. */
export function nameStatement(sql: string): void {
  if (names.has(sql)) {
    return;
  }
  if (everyColumn.test(sql)) {
    throw new Error("a named statement must list its result columns, not select *");
  }
  names.set(sql, `gatehouse_${createHash("sha256").update(sql).digest("base64url").slice(0, 22)}`);
}

/** The name this SQL is sent under, if it was named. */
export function statementNameOf(sql: string): string | undefined {
  return names.get(sql);
}

/** `nameStatement` for a text written out in the code: names it and gives it back unchanged. */
export function namedSql(sql: string): string {
  nameStatement(sql);
  return sql;
}
