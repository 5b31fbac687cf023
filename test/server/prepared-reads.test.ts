// The reads every request makes, prepared once (server/storage/prepared-reads.ts): on both
// databases they return what Kysely returns; on SQLite their own connection sees each commit at
// once, never a transaction's uncommitted writes, never writes itself, and follows a schema change.
import { CompiledQuery } from "kysely";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../server/storage/database.ts";
import { readPreparedRows, readPreparedValue } from "../../server/storage/prepared-reads.ts";
import { dialects } from "../fixtures/databases.ts";
import { migratedDatabase } from "../fixtures/migrated-database.ts";

for (const dialect of dialects) {
  describe(`prepared reads on ${dialect}`, () => {
    const database = migratedDatabase(dialect);
    const versionOf = (topic: string) =>
      database.db
        .selectFrom("change_versions")
        .select("version")
        .where("topic", "=", topic)
        .compile();

    it("return Kysely's rows, column by column, and nothing when no row matches", async () => {
      await database.db
        .insertInto("change_versions")
        .values({ topic: "alpha", version: 41 })
        .execute();
      const query = database.db
        .selectFrom("change_versions")
        .selectAll()
        .where("topic", "=", "alpha");
      const viaKysely = await query.execute();
      const { columns, rows } = await readPreparedRows(database.db, query.compile());
      expect(
        rows.map((row) => Object.fromEntries(columns.map((name, at) => [name, row[at]]))),
      ).toEqual(viaKysely);
      expect(await readPreparedValue(database.db, versionOf("alpha"))).toBe(41);
      expect(await readPreparedValue(database.db, versionOf("nobody"))).toBeUndefined();
    });

    it("see a commit at once, and a transaction's writes only once it commits", async () => {
      await database.db
        .insertInto("change_versions")
        .values({ topic: "beta", version: 1 })
        .execute();
      expect(await readPreparedValue(database.db, versionOf("beta"))).toBe(1);
      await database.db.transaction().execute(async (transaction) => {
        await transaction
          .updateTable("change_versions")
          .set({ version: 2 })
          .where("topic", "=", "beta")
          .execute();
        // Inside the transaction its own handle reads its own write (through Kysely) …
        expect(await readPreparedValue(transaction, versionOf("beta"))).toBe(2);
        // … while everyone else still reads the committed state.
        expect(await readPreparedValue(database.db, versionOf("beta"))).toBe(1);
      });
      expect(await readPreparedValue(database.db, versionOf("beta"))).toBe(2);
    });

    if (dialect === "sqlite") {
      it("never write: a statement that would is refused", async () => {
        await expect(
          readPreparedRows(
            database.db,
            CompiledQuery.raw(`delete from "change_versions" returning "topic"`, []),
          ),
        ).rejects.toThrow(/readonly|read-only|query_only/i);
        expect(await readPreparedValue(database.db, versionOf("beta"))).toBe(2);
      });

      it("name the columns again after another connection changes the schema", async () => {
        const query = CompiledQuery.raw(`select * from "change_versions" where "topic" = ?`, [
          "beta",
        ]);
        expect((await readPreparedRows(database.db, query)).columns).toEqual(["topic", "version"]);
        const other = openDatabase(database.config);
        try {
          await other.schema.alterTable("change_versions").addColumn("note", "text").execute();
        } finally {
          await other.destroy();
        }
        const after = await readPreparedRows(database.db, query);
        expect(after.columns).toEqual(["topic", "version", "note"]);
        expect(after.rows).toEqual([["beta", 2, null]]);
      });

      it("are closed with the database", async () => {
        const own = openDatabase(database.config);
        expect(await readPreparedValue(own, versionOf("beta"))).toBe(2);
        await own.destroy();
        await expect(readPreparedValue(own, versionOf("beta"))).rejects.toThrow(/closed/);
      });
    }
  });
}
