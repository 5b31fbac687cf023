// PostgreSQL statements kept prepared on each connection (a named statement, parsed and planned
// once per connection instead of on every execution). For a hot statement whose planning costs
// more than running it: the passkey sign-in's writes were planned in ≈ 0.4 ms and ran in ≈ 0.1 ms
// (issue 14). Only fixed texts are named, so a connection holds a bounded set; and only texts
// that name their columns, since a `*` whose table gained a column (a migration from a newer
// instance) fails a statement prepared before it ("cached plan must not change result type").
import { createHash } from "node:crypto";

const names = new Map<string, string>();

/** Marks `sql` to be prepared by name on PostgreSQL; returns it unchanged. */
export function preparedOnPostgres(sql: string): string {
  if (names.has(sql)) {
    return sql;
  }
  if (/(\.\*|\bselect\s+\*|\breturning\s+\*)/i.test(sql)) {
    throw new Error("a prepared statement names its columns: no *");
  }
  names.set(sql, `gatehouse_${createHash("sha256").update(sql).digest("hex").slice(0, 24)}`);
  return sql;
}

/** The name `sql` is prepared under, if it was marked. */
export function preparedNameOf(sql: string): string | undefined {
  return names.get(sql);
}
