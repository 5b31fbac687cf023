// A start checks with one query that the database holds exactly the migrations the code knows
// (server/storage/migrate.ts); a new database, one behind and one ahead still go through the
// migrator, which migrates or refuses as it always did.
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../server/storage/database.ts";
import { migrateTo, migrateToLatest } from "../../server/storage/migrate.ts";
import { createTestDatabase, dialects, type TestDatabase } from "../fixtures/databases.ts";

const firstMigration = "0001-accounts-and-sessions";

for (const dialect of dialects) {
  describe(`migrations at start (${dialect})`, () => {
    let database: TestDatabase | undefined;
    afterEach(async () => {
      await database?.drop();
      database = undefined;
    });

    async function open() {
      database ??= await createTestDatabase(dialect);
      const statements: string[] = [];
      const db = openDatabase(database.config, { onStatement: (text) => statements.push(text) });
      return { db, statements };
    }

    it("a current database costs one query and nothing else", async () => {
      const first = await open();
      await migrateToLatest(first.db);
      await first.db.destroy();
      const again = await open();
      await migrateToLatest(again.db);
      expect(again.statements).toHaveLength(1);
      expect(again.statements[0]).toMatch(/^select name from "kysely_migration"$/);
      await again.db.destroy();
    });

    it("a database one migration behind is brought up to date", async () => {
      const { db } = await open();
      await migrateTo(db, firstMigration);
      await migrateToLatest(db);
      const { rows } = await sql<{ count: number | string }>`
        select count(*) as count from kysely_migration`.execute(db);
      expect(Number(rows[0]?.count)).toBeGreaterThan(1);
      // The tables of the latest migrations exist: one query is enough to tell.
      const second = await open();
      await migrateToLatest(second.db);
      expect(second.statements).toHaveLength(1);
      await Promise.all([db.destroy(), second.db.destroy()]);
    });

    it("a database migrated by newer code is refused, as the migrator always did", async () => {
      const { db } = await open();
      await migrateToLatest(db);
      await sql`insert into kysely_migration (name, timestamp) values (${"9999-from-the-future"}, ${new Date().toISOString()})`.execute(
        db,
      );
      await expect(migrateToLatest(db)).rejects.toThrow(/Database migration failed/);
      await db.destroy();
    });
  });
}
