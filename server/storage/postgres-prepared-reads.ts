// The prepared reads (storage/prepared-reads.ts) on PostgreSQL: one query on a pooled connection
// with its rows as arrays, instead of Kysely's executor building an object per row that the
// caller then turned back into an array. A statement its caller named (storage/named-statements.ts,
// which lists its columns) is sent by name; any other is parsed and planned afresh each time.
import type pg from "pg";
import type { GuardedPool } from "./postgres-pool.ts";
import { statementNameOf } from "./named-statements.ts";
import type { PreparedReader, PreparedRows } from "./prepared-reads.ts";

const maxRememberedShapes = 100;

export function openPostgresPreparedReader(
  pool: Pick<GuardedPool, "query">,
  onStatement?: (sql: string) => void,
): PreparedReader {
  // The column names of each statement, the same array while they stay the same: callers keep
  // what they work out from the names (a row's layout) per array.
  const shapes = new Map<string, readonly string[]>();
  const columnsOf = (sql: string, fields: readonly pg.FieldDef[]): readonly string[] => {
    const known = shapes.get(sql);
    if (
      known !== undefined &&
      known.length === fields.length &&
      fields.every((field, index) => field.name === known[index])
    ) {
      return known;
    }
    if (shapes.size >= maxRememberedShapes) {
      shapes.clear(); // bounded: the reads that come here are few and fixed
    }
    const columns = fields.map((field) => field.name);
    shapes.set(sql, columns);
    return columns;
  };
  return {
    async read(query): Promise<PreparedRows> {
      onStatement?.(query.sql);
      const result = await pool.query<unknown[]>({
        name: statementNameOf(query.sql),
        text: query.sql,
        values: [...query.parameters],
        rowMode: "array",
      });
      return { columns: columnsOf(query.sql, result.fields), rows: result.rows };
    },
    close() {
      shapes.clear(); // the pool is Kysely's, ended with it
    },
  };
}
