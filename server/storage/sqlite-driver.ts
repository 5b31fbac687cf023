// Adapts Node 24's built-in node:sqlite to the interface Kysely's SqliteDialect expects, so the
// server has no native module bound to one Node ABI (it must also run inside Electron).
import { DatabaseSync, type StatementSync } from "node:sqlite";
import type { SqliteDatabase, SqliteStatement } from "kysely";

type Parameters = ReadonlyArray<unknown>;

/** A statement that writes, compiled by its caller, with this call's parameters. */
export type PreparedWrite = {
  readonly statement: { readonly sql: string; readonly parameters: readonly unknown[] };
  /** When it changes no row, the writes before it are rolled back and the rest are not run. */
  readonly mustChange?: boolean;
};

/** Kysely's connection, which can also run a few writes at once, outside Kysely's executor. */
export type SqliteConnection = SqliteDatabase & {
  /**
   * Runs `writes` in one transaction, synchronously: nothing else on this connection can come
   * between them. True when all ran; false when one that must change a row changed none (nothing
   * is then written); undefined, having run nothing, when a transaction of Kysely's is open on
   * the connection (the caller queues behind it) or the connection is closed.
   */
  writeNow(writes: readonly PreparedWrite[]): boolean | undefined;
};

const maxCachedStatements = 500;
type SqliteValue = null | number | bigint | string | NodeJS.ArrayBufferView;

/** `onStatement` sees the SQL writeNow sends (Kysely logs what it sends itself). */
export function openSqliteDatabase(
  file: string,
  onStatement?: (sql: string) => void,
): SqliteConnection {
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

  const run = (sql: string, parameters: Parameters = []) => {
    onStatement?.(sql);
    return prepareCached(sql).statement.run(...parameters.map(toSqliteValue));
  };

  return {
    // Kysely's own transactions await between statements; writes that need no answer in between
    // skip its executor's per-query work (a mutex, a driver adapter, promises), which cost about
    // as much as the writes themselves (issue 14's token endpoint).
    writeNow(writes) {
      if (!database.isOpen || database.isTransaction) {
        return undefined;
      }
      run(beginImmediate);
      try {
        for (const { statement, mustChange } of writes) {
          const { changes } = run(statement.sql, statement.parameters);
          if (mustChange === true && Number(changes) === 0) {
            run("rollback");
            return false;
          }
        }
        run("commit");
        return true;
      } catch (error) {
        if (database.isTransaction) {
          run("rollback");
        }
        throw error;
      }
    },
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
