// Adapts Node 24's built-in node:sqlite to the interface Kysely's SqliteDialect expects, so the
// server has no native module bound to one Node ABI (it must also run inside Electron).
import { DatabaseSync, type StatementSync } from "node:sqlite";
import type { SqliteDatabase, SqliteStatement } from "kysely";

type Parameters = ReadonlyArray<unknown>;

const maxCachedStatements = 500;
type SqliteValue = null | number | bigint | string | NodeJS.ArrayBufferView;

export function openSqliteDatabase(file: string): SqliteDatabase {
  const database = new DatabaseSync(file);
  // WAL lets readers proceed while one writer commits; busy_timeout waits for a lock instead of
  // failing at once when two connections (or two processes) write.
  database.exec("PRAGMA journal_mode = WAL");
  database.exec("PRAGMA busy_timeout = 5000");
  database.exec("PRAGMA foreign_keys = ON");
  database.exec("PRAGMA synchronous = NORMAL");

  // Kysely prepares every query afresh; parsing the same SQL again dominated cheap reads such
  // as the session lookup, so prepared statements are kept (bounded: queries are few and fixed).
  const statements = new Map<string, { statement: StatementSync; reader: boolean }>();
  const prepareCached = (sql: string) => {
    let entry = statements.get(sql);
    if (entry === undefined) {
      const statement = database.prepare(sql);
      // Kysely asks whether a statement returns rows (SELECT, or anything with RETURNING).
      entry = { statement, reader: statement.columns().length > 0 };
      if (statements.size >= maxCachedStatements) {
        statements.clear();
      }
      statements.set(sql, entry);
    }
    return entry;
  };

  return {
    close: () => database.close(),
    prepare(sql: string): SqliteStatement {
      const { statement, reader } = prepareCached(sql === "begin" ? beginImmediate : sql);
      const values = (parameters: Parameters) => parameters.map(toSqliteValue);
      return {
        reader,
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

/**
 * Kysely begins every transaction with a plain (deferred) `begin`, which takes the write lock only
 * at the transaction's first write. In WAL mode, if another process (a second server on the file,
 * the admin CLI) committed since the transaction's first read, that write fails at once with
 * SQLITE_BUSY_SNAPSHOT, "database is locked", whatever busy_timeout says. Taking the write lock at
 * `begin` instead waits for the other writer (busy_timeout) and then reads what it wrote. Within
 * one process the connection is Kysely's only one, so its transactions already run one at a time.
 */
const beginImmediate = "begin immediate";

/** A bound parameter as node:sqlite takes it; anything it cannot store is a bug, and throws. */
export function toSqliteValue(value: unknown): SqliteValue {
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
