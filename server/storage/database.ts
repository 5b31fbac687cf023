// Opens the configured database (SQLite by default, PostgreSQL for larger deployments) as one
// Kysely instance; the rest of the server never knows which dialect it talks to.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { Kysely, PostgresDialect, SqliteDialect, sql } from "kysely";
import pg from "pg";
import type { DatabaseConfig } from "../config/settings.ts";
import type { Database } from "./schema.ts";
import { openSqliteDatabase } from "./sqlite-driver.ts";

export type Db = Kysely<Database>;

const int8Oid = 20;

export function openDatabase(config: DatabaseConfig): Db {
  if (config.dialect === "sqlite") {
    if (config.path !== ":memory:") {
      mkdirSync(path.dirname(config.path), { recursive: true });
    }
    return new Kysely<Database>({
      dialect: new SqliteDialect({
        database: () => Promise.resolve(openSqliteDatabase(config.path)),
      }),
    });
  }
  // Millisecond timestamps live in BIGINT columns; they fit a JavaScript number exactly.
  pg.types.setTypeParser(int8Oid, (value: string) => Number(value));
  const pool = new pg.Pool({ connectionString: config.url, max: 10 });
  // An idle connection the server ends (restart, failover, DROP DATABASE … FORCE) emits 'error';
  // unhandled it would crash the process. The pool drops that client and opens a fresh one.
  pool.on("error", () => undefined);
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/** Whether the database answers a trivial query now (readiness); the failure, if not. */
export async function pingDatabase(db: Db): Promise<{ ok: true } | { ok: false; error: unknown }> {
  try {
    await sql`select 1`.execute(db);
    return { ok: true };
  } catch (error) {
    return { ok: false, error };
  }
}
