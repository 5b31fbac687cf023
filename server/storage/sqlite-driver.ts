// Adapts Node 24's built-in node:sqlite to the interface Kysely's SqliteDialect expects, so the
// server has no native module bound to one Node ABI (it must also run inside Electron).
import { DatabaseSync } from "node:sqlite";
import type { SqliteDatabase, SqliteStatement } from "kysely";

type Parameters = ReadonlyArray<unknown>;
type SqliteValue = null | number | bigint | string | NodeJS.ArrayBufferView;

export function openSqliteDatabase(file: string): SqliteDatabase {
  const database = new DatabaseSync(file);
  // WAL lets readers proceed while one writer commits; busy_timeout waits for a lock instead of
  // failing at once when two connections (or two processes) write.
  database.exec("PRAGMA journal_mode = WAL");
  database.exec("PRAGMA busy_timeout = 5000");
  database.exec("PRAGMA foreign_keys = ON");
  database.exec("PRAGMA synchronous = NORMAL");

  return {
    close: () => database.close(),
    prepare(sql: string): SqliteStatement {
      const statement = database.prepare(sql);
      const values = (parameters: Parameters) => parameters.map(toSqliteValue);
      return {
        // Kysely asks whether a statement returns rows (SELECT, or anything with RETURNING).
        reader: statement.columns().length > 0,
        all: (parameters) => statement.all(...values(parameters)),
        run: (parameters) => {
          const result = statement.run(...values(parameters));
          return { changes: result.changes, lastInsertRowid: result.lastInsertRowid };
        },
        iterate: (parameters) => statement.iterate(...values(parameters)),
      };
    },
  };
}

function toSqliteValue(value: unknown): SqliteValue {
  if (value === undefined || value === null) {
    return null;
  }
  if (typeof value === "boolean") {
    return value ? 1 : 0;
  }
  if (
    typeof value === "number" ||
    typeof value === "bigint" ||
    typeof value === "string" ||
    ArrayBuffer.isView(value)
  ) {
    return value as SqliteValue;
  }
  throw new TypeError(`Cannot bind a ${typeof value} to a SQLite statement`);
}
