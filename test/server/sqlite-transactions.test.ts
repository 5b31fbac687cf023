// A transaction on SQLite (server/storage/sqlite-driver.ts) holds the file's write lock from its
// start, so another process writing meanwhile waits for it, instead of the transaction's own first
// write failing with "database is locked" because the file changed since the transaction read it
// (SQLITE_BUSY_SNAPSHOT: the admin CLI creating a user while a server ran on the file, seen in
// bench/push.ts). The other process is a second connection to the file that does not wait.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "../../server/storage/database.ts";

describe("a transaction on SQLite", () => {
  const directory = mkdtempSync(join(tmpdir(), "gatehouse-sqlite-transactions-"));
  const file = join(directory, "shared.db");
  let db: Db;
  let other: DatabaseSync;

  beforeAll(async () => {
    db = openDatabase({ dialect: "sqlite", path: file });
    await sql`create table counters (name text primary key, value integer not null)`.execute(db);
    await sql`insert into counters values ('a', 0)`.execute(db);
    other = new DatabaseSync(file);
    other.exec("PRAGMA busy_timeout = 0"); // another process, which here must not block the test
  });
  afterAll(async () => {
    other.close();
    await db.destroy();
    rmSync(directory, { recursive: true, force: true });
  });

  const otherWrite = () => other.exec("update counters set value = value + 100 where name = 'a'");
  const valueOfA = async () =>
    (await sql<{ value: number }>`select value from counters where name = 'a'`.execute(db)).rows[0]
      ?.value;

  it("keeps others from writing from its start, and its read-then-write commits", async () => {
    await db.transaction().execute(async (trx) => {
      const { rows } = await sql<{ value: number }>`
        select value from counters where name = 'a'
      `.execute(trx);
      // Before the transaction writes anything, another writer already has to wait for it.
      expect(otherWrite).toThrow(/database is locked/);
      await sql`update counters set value = ${(rows[0]?.value ?? 0) + 1} where name = 'a'`.execute(
        trx,
      );
    });
    expect(await valueOfA()).toBe(1);
    // Once it has committed, the other writer goes ahead and sees its write.
    otherWrite();
    expect(await valueOfA()).toBe(101);
  });

  it("a transaction that only reads lets the others write once it ends", async () => {
    await db.transaction().execute(async (trx) => {
      await sql`select count(*) from counters`.execute(trx);
    });
    otherWrite();
    expect(await valueOfA()).toBe(201);
  });
});
