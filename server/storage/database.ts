// Opens the configured database (SQLite by default, PostgreSQL for larger deployments) as one
// Kysely instance; the rest of the server never knows which dialect it talks to.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import type { DatabaseConfig } from "../config/config.ts";
import { DatabaseUnavailableError } from "./database-errors.ts";
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
  // A connection that cannot be opened means the database is unavailable: requests answer 503.
  // A connection in use that the server ends (a restart) also emits 'error', with no listener
  // while it is checked out — which would crash the process. The statement that was running
  // fails on its own, and the pool drops the broken client when it is released.
  const listened = new WeakSet<pg.PoolClient>();
  const connect = async () => {
    const client = await pool.connect().catch((error: unknown) => {
      throw new DatabaseUnavailableError(error);
    });
    if (!listened.has(client)) {
      listened.add(client);
      client.on("error", () => undefined);
    }
    return client;
  };
  return new Kysely<Database>({
    dialect: new PostgresDialect({
      pool: { connect, end: () => pool.end(), options: pool.options, Client: pg.Client },
    }),
  });
}
