// Opens the configured database (SQLite by default, PostgreSQL for larger deployments) as one
// Kysely instance; the rest of the server never knows which dialect it talks to.
import { mkdirSync } from "node:fs";
import path from "node:path";
import {
  Kysely,
  PostgresDialect,
  SqliteDialect,
  sql,
  type KyselyConfig,
  type LogEvent,
} from "kysely";
import pg from "pg";
import type { DatabaseConfig } from "../config/settings.ts";
import { sendLoneStatementsThroughPool } from "./postgres-lone-statements.ts";
import { openPostgresPool } from "./postgres-pool.ts";
import { openPostgresPreparedReader } from "./postgres-prepared-reads.ts";
import {
  attachPreparedReader,
  openSqlitePreparedReader,
  type PreparedReader,
} from "./prepared-reads.ts";
import type { Database } from "./schema.ts";
import { openSqliteDatabase, type SqliteConnection } from "./sqlite-driver.ts";
import { attachSqliteConnection } from "./writes-together.ts";

export type Db = Kysely<Database>;

const int8Oid = 20;

export type DatabaseOptions = {
  /**
   * Sees the SQL of every statement sent, transaction control included: the tests that keep the
   * statements per token or per sign-in from growing count with it.
   */
  onStatement?: (sql: string) => void;
};

export function openDatabase(config: DatabaseConfig, options: DatabaseOptions = {}): Db {
  const { onStatement } = options;
  const log =
    onStatement === undefined
      ? undefined
      : (event: LogEvent) => {
          onStatement(event.query.sql);
        };
  if (config.dialect === "sqlite") {
    // Kysely opens its connection on its first query; writeTogether uses it from then on.
    let connection: SqliteConnection | undefined;
    const kyselyConfig = {
      dialect: new SqliteDialect({
        database: () => {
          connection = openSqliteDatabase(config.path, onStatement);
          return Promise.resolve(connection);
        },
      }),
      ...(log === undefined ? {} : { log }),
    };
    let db: Db;
    if (config.path === ":memory:") {
      db = new Kysely<Database>(kyselyConfig); // a second connection would be another database
    } else {
      mkdirSync(path.dirname(config.path), { recursive: true });
      db = new KyselyWithReader(kyselyConfig, openSqlitePreparedReader(config.path, onStatement));
    }
    attachSqliteConnection(db, () => connection);
    return db;
  }
  // Millisecond timestamps live in BIGINT columns; they fit a JavaScript number exactly.
  pg.types.setTypeParser(int8Oid, (value: string) => Number(value));
  const pool = openPostgresPool(config.url);
  const db = new KyselyWithReader(
    { dialect: new PostgresDialect({ pool }), ...(log === undefined ? {} : { log }) },
    openPostgresPreparedReader(pool, onStatement),
  );
  sendLoneStatementsThroughPool(db.getExecutor(), pool, onStatement);
  return db;
}

/** A Kysely with its prepared reads (storage/prepared-reads.ts), closed together. */
class KyselyWithReader extends Kysely<Database> {
  readonly #reader: PreparedReader;

  constructor(config: KyselyConfig, reader: PreparedReader) {
    super(config);
    this.#reader = reader;
    attachPreparedReader(this, reader);
  }

  override async destroy(): Promise<void> {
    this.#reader.close();
    await super.destroy();
  }
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
