// Statements kept prepared by name on PostgreSQL (server/storage/named-statements.ts): on both
// databases a marked statement answers as an unmarked one does, also after its table gains a
// column; on PostgreSQL it is prepared on the connection that ran it and an unmarked one is not;
// a text with a `*` cannot be marked.
import { CompiledQuery, sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { namedSql } from "../../server/storage/named-statements.ts";
import { dialects } from "../fixtures/databases.ts";
import { migratedDatabase } from "../fixtures/migrated-database.ts";

for (const dialect of dialects) {
  describe(`prepared statements on ${dialect}`, () => {
    const database = migratedDatabase(dialect);
    const parameter = (index: number) => (dialect === "postgres" ? `$${index}` : "?");
    const versionText = `select "topic", "version" from "change_versions" where "topic" = ${parameter(1)} or "topic" = ${parameter(2)} order by "topic"`;
    const marked = namedSql(`${versionText} /* marked */`);
    const unmarked = `${versionText} /* unmarked */`;

    beforeAll(async () => {
      await database.db
        .insertInto("change_versions")
        .values([
          { topic: "alpha", version: 3 },
          { topic: "beta", version: 5 },
        ])
        .execute();
    });

    const rowsOf = async (text: string, topics: [string, string]) =>
      (await database.db.executeQuery(CompiledQuery.raw(text, topics))).rows;

    it("a marked statement answers as the unmarked one, run after run", async () => {
      for (const topics of [
        ["alpha", "beta"],
        ["beta", "gamma"],
        ["gamma", "delta"],
        ["alpha", "alpha"],
        ["beta", "alpha"],
        ["alpha", "beta"],
        ["beta", "beta"],
      ] as [string, string][]) {
        expect(await rowsOf(marked, topics)).toEqual(await rowsOf(unmarked, topics));
      }
      expect(await rowsOf(marked, ["alpha", "beta"])).toEqual([
        { topic: "alpha", version: 3 },
        { topic: "beta", version: 5 },
      ]);
    });

    it("a marked statement keeps answering after its table gains a column", async () => {
      expect(await rowsOf(marked, ["alpha", "gamma"])).toEqual([{ topic: "alpha", version: 3 }]);
      await sql`alter table change_versions add column added_later integer`.execute(database.db);
      try {
        for (let run = 0; run < 3; run += 1) {
          expect(await rowsOf(marked, ["alpha", "gamma"])).toEqual([
            { topic: "alpha", version: 3 },
          ]);
        }
      } finally {
        await sql`alter table change_versions drop column added_later`.execute(database.db);
      }
    });

    if (dialect === "postgres") {
      it("is prepared by name on the connection that ran it; an unmarked one is not", async () => {
        const prepared = await database.db.connection().execute(async (connection) => {
          await connection.executeQuery(CompiledQuery.raw(marked, ["alpha", "beta"]));
          await connection.executeQuery(CompiledQuery.raw(unmarked, ["alpha", "beta"]));
          return (
            await sql<{
              statement: string;
            }>`select statement from pg_prepared_statements`.execute(connection)
          ).rows.map((row) => row.statement);
        });
        expect(prepared).toContain(marked);
        expect(prepared).not.toContain(unmarked);
      });
    }
  });
}

describe("marking a statement", () => {
  it("refuses a text that selects or returns *", () => {
    for (const text of [
      `select * from "users" where "id" = $1`,
      `select "users".* from "users"`,
      `delete from "webauthn_challenges" where "challenge" = $1 returning *`,
      `SELECT\n*\nFROM "users"`,
      `update "users" set "email" = $1 RETURNING  *`,
    ]) {
      expect(() => namedSql(text), text).toThrow(/list its result columns/);
    }
  });

  it("accepts a text that names its columns, with a * only in a literal or count(*)", () => {
    for (const text of [
      `select count(*) as "n" from "users"`,
      `select "id" from "webhook_subscriptions" where "events"::jsonb @> '["*"]'`,
    ]) {
      expect(namedSql(text)).toBe(text);
    }
  });
});
