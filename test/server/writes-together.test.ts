// Writes that belong together (server/storage/writes-together.ts), on both databases and on SQLite
// in memory: all are written or none is, whatever the mix of writes that must change a row, and a
// failing write undoes the ones before it. On SQLite they run on Kysely's own connection outside
// its executor (sqlite-driver.ts, writeNow), so they must never slip into a transaction of Kysely's
// that is open on that connection and waiting: they wait for it instead.
import { setImmediate as nextTurn } from "node:timers/promises";
import fc from "fast-check";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseConfig } from "../../server/config/settings.ts";
import { openDatabase, type Db } from "../../server/storage/database.ts";
import { writeTogether, type PreparedWrite } from "../../server/storage/writes-together.ts";
import { createTestDatabase, type TestDatabase } from "../fixtures/databases.ts";

const names = ["a", "b", "c", "d", "e"] as const;
/** Rows exist for these names only: a write to another changes nothing. */
const present = new Set(["a", "b", "c"]);

const databases: { label: string; open: () => Promise<TestDatabase> }[] = [
  { label: "a SQLite file", open: () => createTestDatabase("sqlite") },
  {
    label: "SQLite in memory",
    open: () => {
      const config: DatabaseConfig = { dialect: "sqlite", path: ":memory:" };
      return Promise.resolve({ config, drop: () => Promise.resolve() });
    },
  },
  { label: "PostgreSQL", open: () => createTestDatabase("postgres") },
];

for (const { label, open } of databases) {
  describe(`writes together on ${label}`, () => {
    let database: TestDatabase;
    let db: Db;

    beforeAll(async () => {
      database = await open();
      db = openDatabase(database.config);
      await sql`create table counters (name text primary key, value integer not null)`.execute(db);
      await sql`create table notes (id integer primary key, name text not null)`.execute(db);
    });
    afterAll(async () => {
      await db.destroy();
      await database.drop();
    });

    const bump = (name: string, mustChange: boolean): PreparedWrite => ({
      statement: sql`update counters set value = value + 1 where name = ${name}`.compile(db),
      mustChange,
    });
    const counts = async () => {
      const { rows } = await sql<{ name: string; value: number }>`
        select name, value from counters order by name
      `.execute(db);
      return Object.fromEntries(rows.map((row) => [row.name, Number(row.value)]));
    };
    const reset = async () => {
      await sql`delete from counters`.execute(db);
      for (const name of present) {
        await sql`insert into counters values (${name}, 0)`.execute(db);
      }
    };

    it("writes all or nothing: nothing when a write that must change a row changes none", async () => {
      const write = fc.record({ name: fc.constantFrom(...names), mustChange: fc.boolean() });
      await fc.assert(
        fc.asyncProperty(fc.array(write, { minLength: 1, maxLength: 6 }), async (writes) => {
          await reset();
          const expected = Object.fromEntries([...present].map((name) => [name, 0]));
          // The first write that must change a row and cannot stops the rest and undoes the others.
          const stopsAt = writes.findIndex((w) => w.mustChange && !present.has(w.name));
          if (stopsAt === -1) {
            for (const { name } of writes) {
              if (present.has(name)) {
                expected[name] = (expected[name] ?? 0) + 1;
              }
            }
          }
          const written = await writeTogether(
            db,
            writes.map((w) => bump(w.name, w.mustChange)),
          );
          expect(written).toBe(stopsAt === -1);
          expect(await counts()).toEqual(expected);
        }),
        { numRuns: 60 },
      );
    });

    it("undoes the writes before one that fails, says why, and writes again after", async () => {
      await reset();
      const duplicate = sql`insert into notes values (1, 'again')`.compile(db);
      await sql`insert into notes values (1, 'first')`.execute(db);
      await expect(writeTogether(db, [bump("a", true), { statement: duplicate }])).rejects.toThrow(
        /unique|primary key|duplicate/i,
      );
      expect(await counts()).toEqual({ a: 0, b: 0, c: 0 });
      expect(await writeTogether(db, [bump("a", true), bump("b", false)])).toBe(true);
      expect(await counts()).toEqual({ a: 1, b: 1, c: 0 });
    });

    it("waits for a transaction that is open and waiting, and is no part of it", async () => {
      await reset();
      let release = () => {};
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      let opened = () => {};
      const isOpen = new Promise<void>((resolve) => {
        opened = resolve;
      });
      const other = db.transaction().execute(async (trx) => {
        await sql`update counters set value = value + 10 where name = 'c'`.execute(trx);
        opened();
        await released;
        throw new Error("rolled back on purpose");
      });
      await isOpen;
      let settled = false;
      const together = writeTogether(db, [bump("a", true)]).finally(() => {
        settled = true;
      });
      for (let turn = 0; turn < 5; turn += 1) {
        await nextTurn();
      }
      // On SQLite the transaction holds the only writing connection; PostgreSQL has others.
      if (label !== "PostgreSQL") {
        expect(settled).toBe(false);
      }
      release();
      await expect(other).rejects.toThrow("rolled back on purpose");
      expect(await together).toBe(true);
      // Had the write joined the other transaction, it would have been rolled back with it.
      expect(await counts()).toEqual({ a: 1, b: 0, c: 0 });
    });

    it("is refused inside another transaction, which keeps the decision", async () => {
      await expect(
        db.transaction().execute((trx) => writeTogether(trx, [bump("a", true)])),
      ).rejects.toThrow(/its own transaction/);
    });
  });
}
