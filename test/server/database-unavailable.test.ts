// A database that cannot be reached is told apart from a statement that is wrong: the first is
// answered 503 (and /readyz says not ready), the second stays a 500 that hides its details.
import { sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../scripts/cluster/cluster.ts";
import { isDatabaseUnavailable } from "../../server/storage/database-errors.ts";
import { openDatabase, type Db } from "../../server/storage/database.ts";
import { createTestDatabase, type TestDatabase } from "../fixtures/databases.ts";

const failureOf = (work: Promise<unknown>) =>
  work.then(
    () => {
      throw new Error("expected the statement to fail");
    },
    (error: unknown) => error,
  );

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

  it("a server nobody listens for is unavailable", async () => {
    const nowhere = openDatabase({
      dialect: "postgres",
      url: `postgres://postgres@127.0.0.1:${await freePort()}/postgres`,
    });
    try {
      expect(isDatabaseUnavailable(await failureOf(sql`select 1`.execute(nowhere)))).toBe(true);
    } finally {
      await nowhere.destroy();
    }
  });

  it("a connection the server ends mid-statement is unavailable, and the pool recovers", async () => {
    const url = database.config.dialect === "postgres" ? database.config.url : "";
    const failure = failureOf(sql`select pg_sleep(30)`.execute(db));
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      // Wait until the sleep is visible, then end it from outside, as a server restart would.
      for (let seen = 0; seen === 0;) {
        const { rows } = await admin.query<{ count: string }>(
          "select count(*) from pg_stat_activity where query like 'select pg_sleep%' and pid <> pg_backend_pid()",
        );
        seen = Number(rows[0]?.count);
      }
      await admin.query(
        "select pg_terminate_backend(pid) from pg_stat_activity where query like 'select pg_sleep%' and pid <> pg_backend_pid()",
      );
    } finally {
      await admin.end();
    }
    expect(isDatabaseUnavailable(await failure)).toBe(true);
    const { rows } = await sql<{ one: number }>`select 1 as one`.execute(db);
    expect(rows).toEqual([{ one: 1 }]);
  });

  it("a wrong statement or a broken constraint is not", async () => {
    expect(
      isDatabaseUnavailable(await failureOf(sql`select * from no_such_table`.execute(db))),
    ).toBe(false);
    expect(isDatabaseUnavailable(await failureOf(sql`select 1/0`.execute(db)))).toBe(false);
    expect(isDatabaseUnavailable(new Error("connect ECONNREFUSED from the mail relay"))).toBe(
      false,
    );
  });
});
