// A database that cannot be reached is told apart from a statement that is wrong: the first is
// answered 503 (and /readyz says not ready), the second stays a 500 that hides its details. The
// same holds for the reads every request makes past Kysely (storage/prepared-reads.ts), for
// Kysely's statements outside a transaction (sent through the pool's callback query on PostgreSQL,
// storage/postgres-lone-statements.ts) and for a transaction's (on a connection it keeps).
import { CompiledQuery, sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../scripts/cluster/cluster.ts";
import { isDatabaseUnavailable } from "../../server/storage/database-errors.ts";
import { openDatabase, type Db } from "../../server/storage/database.ts";
import { readPreparedRows } from "../../server/storage/prepared-reads.ts";
import { createTestDatabase, type TestDatabase } from "../fixtures/databases.ts";

const failureOf = (work: Promise<unknown>) =>
  work.then(
    () => {
      throw new Error("expected the statement to fail");
    },
    (error: unknown) => error,
  );

/** A statement sent through Kysely, in a transaction, or as the session check sends its read. */
const paths = {
  Kysely: (db: Db, text: string) => db.executeQuery(CompiledQuery.raw(text)),
  "a transaction": (db: Db, text: string) =>
    db.transaction().execute((trx) => trx.executeQuery(CompiledQuery.raw(text))),
  "a prepared read": (db: Db, text: string) => readPreparedRows(db, CompiledQuery.raw(text)),
};

describe("telling an unreachable database from a wrong statement", () => {
  let database: TestDatabase;
  let db: Db;

  beforeAll(async () => {
    database = await createTestDatabase("postgres");
    db = openDatabase(database.config);
  });
  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  for (const [path, send] of Object.entries(paths)) {
    it(`a server nobody listens for is unavailable (${path})`, async () => {
      const nowhere = openDatabase({
        dialect: "postgres",
        url: `postgres://postgres@127.0.0.1:${await freePort()}/postgres`,
      });
      try {
        expect(isDatabaseUnavailable(await failureOf(send(nowhere, "select 1")))).toBe(true);
      } finally {
        await nowhere.destroy();
      }
    });

    it(`a connection the server ends mid-statement is unavailable, and the pool recovers (${path})`, async () => {
      const url = database.config.dialect === "postgres" ? database.config.url : "";
      const failure = failureOf(send(db, "select pg_sleep(30)"));
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      try {
        // Wait until the sleep is visible, then end it from outside, as a server restart would
        // (only on this test's database: other files run beside it on the same server).
        for (let seen = 0; seen === 0;) {
          const { rows } = await admin.query<{ count: string }>(
            "select count(*) from pg_stat_activity where query like 'select pg_sleep%' and pid <> pg_backend_pid() and datname = current_database()",
          );
          seen = Number(rows[0]?.count);
        }
        await admin.query(
          "select pg_terminate_backend(pid) from pg_stat_activity where query like 'select pg_sleep%' and pid <> pg_backend_pid() and datname = current_database()",
        );
      } finally {
        await admin.end();
      }
      expect(isDatabaseUnavailable(await failure)).toBe(true);
      const { rows } = await sql<{ one: number }>`select 1 as one`.execute(db);
      expect(rows).toEqual([{ one: 1 }]);
      expect((await readPreparedRows(db, CompiledQuery.raw("select 2 as two"))).rows).toEqual([
        [2],
      ]);
    });
  }

  for (const [path, send] of Object.entries(paths)) {
    it(`a statement that fails gives its connection back, more times than the pool has connections (${path})`, async () => {
      const poolSize = 10; // storage/postgres-pool.ts
      for (let attempt = 0; attempt <= poolSize; attempt += 1) {
        const failure = await failureOf(send(db, `select * from no_such_table_${attempt}`));
        expect(isDatabaseUnavailable(failure)).toBe(false);
      }
      const reads = Array.from({ length: poolSize + 2 }, (_, index) =>
        send(db, `select ${index} as n`),
      );
      expect((await Promise.all(reads)).map(({ rows }) => rows)).toEqual(
        Array.from({ length: poolSize + 2 }, (_, index) =>
          path === "a prepared read" ? [[index]] : [{ n: index }],
        ),
      );
    });
  }

  it("a wrong statement or a broken constraint is not", async () => {
    for (const send of Object.values(paths)) {
      expect(isDatabaseUnavailable(await failureOf(send(db, "select * from no_such_table")))).toBe(
        false,
      );
    }
    expect(isDatabaseUnavailable(await failureOf(sql`select 1/0`.execute(db)))).toBe(false);
    expect(isDatabaseUnavailable(new Error("connect ECONNREFUSED from the mail relay"))).toBe(
      false,
    );
  });
});
