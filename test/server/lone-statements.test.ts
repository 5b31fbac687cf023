// Statements outside a transaction answer as Kysely's own driver answers them, on both databases
// (on PostgreSQL they reach the pool by callback: server/storage/postgres-lone-statements.ts),
// while a transaction and `db.connection()` keep every statement on the one connection they hold.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "../../server/storage/database.ts";
import { isPostgres } from "../../server/storage/dialect.ts";
import { createTestDatabase, dialects, type TestDatabase } from "../fixtures/databases.ts";

for (const dialect of dialects) {
  describe(`statements outside a transaction on ${dialect}`, () => {
    let database: TestDatabase;
    let db: Db;

    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      db = openDatabase(database.config);
      await sql`create table lone_probe (id integer primary key, name text not null)`.execute(db);
    });
    afterAll(async () => {
      await db.destroy();
      await database.drop();
    });

    it("report the rows written and the rows read", async () => {
      const inserted =
        await sql`insert into lone_probe (id, name) values (1, 'one'), (2, 'two')`.execute(db);
      expect(inserted.numAffectedRows).toBe(2n);
      const updated = await sql`update lone_probe set name = 'uno' where id = 1`.execute(db);
      expect(updated.numAffectedRows).toBe(1n);
      const returned = await sql<{ id: number; name: string }>`
        update lone_probe set name = name || '!' returning id, name
      `.execute(db);
      expect([...returned.rows].sort((a, b) => a.id - b.id)).toEqual([
        { id: 1, name: "uno!" },
        { id: 2, name: "two!" },
      ]);
      const none = await sql`delete from lone_probe where id = 3`.execute(db);
      expect(none.numAffectedRows).toBe(0n);
      const deleted = await sql`delete from lone_probe where id = 2`.execute(db);
      expect(deleted.numAffectedRows).toBe(1n);
      const read = await sql<{ id: number; name: string }>`select id, name from lone_probe`.execute(
        db,
      );
      expect(read.rows).toEqual([{ id: 1, name: "uno!" }]);
      expect(read.numAffectedRows).toBeUndefined();
    });

    it("a transaction and a held connection run all their statements on one connection", async () => {
      if (!isPostgres(db)) {
        // SQLite's handle has a single connection: nothing to tell apart there.
        expect(await db.transaction().execute(() => Promise.resolve("one"))).toBe("one");
        return;
      }
      const backend = sql<{ pid: number }>`select pg_backend_pid() as pid`;
      // Enough lone statements at once that the pool opens several connections.
      const lone = await Promise.all(Array.from({ length: 8 }, () => backend.execute(db)));
      expect(new Set(lone.map(({ rows }) => rows[0]?.pid)).size).toBeGreaterThan(1);
      for (const scope of [
        (work: (scoped: Db) => Promise<number[]>) => db.transaction().execute(work),
        (work: (scoped: Db) => Promise<number[]>) => db.connection().execute(work),
      ]) {
        const pids = await scope(async (scoped) => {
          const seen: number[] = [];
          for (let statement = 0; statement < 4; statement += 1) {
            seen.push((await backend.execute(scoped)).rows[0]?.pid ?? 0);
          }
          return seen;
        });
        expect(new Set(pids).size).toBe(1);
      }
    });
  });
}
