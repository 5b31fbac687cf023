// The reads every authenticated request makes (the session check with, on SQLite, the policies'
// version), run outside Kysely's executor, whose per-query work (connection mutex, driver
// adapter, an object per row, result transform) cost more than the read itself. On SQLite they
// are statements prepared once on a read-only connection of their own; on PostgreSQL, queries on
// the pool with rows as arrays (storage/postgres-prepared-reads.ts).
import { DatabaseSync, type StatementSync } from "node:sqlite";
import { CompiledQuery, type Kysely } from "kysely";
import type { Database } from "./schema.ts";
import { toSqliteValue } from "./sqlite-driver.ts";

/**
 * Rows as arrays beside their column names: node:sqlite builds an array in about half the time of
 * an object with the same 40-odd columns, and a caller that splits a joined row into two objects
 * reads each value once by position.
 */
export type PreparedRows = { columns: readonly string[]; rows: unknown[][] };

/**
 * A SELECT compiled once by its caller, with this call's parameters: a CompiledQuery will do, and
 * so will a plain object, which costs less to make per request than CompiledQuery.raw.
 */
export type PreparedQuery = { readonly sql: string; readonly parameters: readonly unknown[] };

export type PreparedReader = {
  /** The rows of a compiled SELECT, read outside any transaction (the last committed state). */
  read(query: PreparedQuery): PreparedRows | Promise<PreparedRows>;
  close(): void;
};

const readers = new WeakMap<object, PreparedReader>();

/** Routes `db`'s prepared reads through `reader` (only the handle given, never a transaction). */
export function attachPreparedReader(db: object, reader: PreparedReader): void {
  readers.set(db, reader);
}

/**
 * The rows of `query`, a SELECT compiled once by the caller. A transaction is a different handle,
 * so it reads through Kysely inside itself and sees its own writes; so does a database opened
 * without a reader (SQLite in memory).
 */
export async function readPreparedRows(
  db: Kysely<Database>,
  query: PreparedQuery,
): Promise<PreparedRows> {
  const reader = readers.get(db);
  if (reader !== undefined) {
    return reader.read(query);
  }
  const { rows } = await db.executeQuery<Record<string, unknown>>(
    CompiledQuery.raw(query.sql, [...query.parameters]),
  );
  const columns = rows[0] === undefined ? [] : Object.keys(rows[0]);
  return { columns, rows: rows.map((row) => columns.map((column) => row[column])) };
}

/** The first column of the first row, as readPreparedRows reads it; undefined without a row. */
export async function readPreparedValue(
  db: Kysely<Database>,
  query: PreparedQuery,
): Promise<unknown> {
  return (await readPreparedRows(db, query)).rows[0]?.[0];
}

const maxCachedStatements = 100;

type CachedStatement = { statement: StatementSync; columns: readonly string[] };

/**
 * A second connection on the SQLite file, for reads only (`query_only`). It never waits behind a
 * transaction another request holds open on the main connection, and never reads inside one
 * either: in WAL mode each read sees exactly what was committed when it began. Opened on first
 * use, so the file has been created and migrated by then.
 */
export function openSqlitePreparedReader(
  file: string,
  onStatement?: (sql: string) => void,
): PreparedReader {
  let connection: DatabaseSync | undefined;
  let closed = false;
  const statements = new Map<string, CachedStatement>();
  const prepare = (sql: string): CachedStatement => {
    if (connection === undefined) {
      connection = new DatabaseSync(file);
      connection.exec("PRAGMA busy_timeout = 5000");
      connection.exec("PRAGMA query_only = ON");
    }
    const statement = connection.prepare(sql);
    statement.setReturnArrays(true);
    if (statements.size >= maxCachedStatements) {
      statements.clear(); // bounded: the reads that come here are few and fixed
    }
    const cached = { statement, columns: statement.columns().map((column) => column.name) };
    statements.set(sql, cached);
    return cached;
  };
  return {
    read(query) {
      if (closed) {
        throw new Error("The database is closed.");
      }
      onStatement?.(query.sql);
      let cached = statements.get(query.sql) ?? prepare(query.sql);
      const rows = cached.statement.all(
        ...query.parameters.map(toSqliteValue),
      ) as unknown as unknown[][];
      // SQLite re-prepares a statement by itself when the schema changes (another process
      // migrated the file), and `*` may then stand for more columns: name them again.
      if (rows[0] !== undefined && rows[0].length !== cached.columns.length) {
        cached = prepare(query.sql);
      }
      return { columns: cached.columns, rows };
    },
    close() {
      closed = true;
      statements.clear();
      connection?.close();
      connection = undefined;
    },
  };
}
