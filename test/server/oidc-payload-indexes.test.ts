// A Session is found by its uid through the index over uid and model (migration 0300), on both
// databases and before any statistics exist: the token request's reads then cost the same with
// one session or thousands (server/oidc/token-statements.ts, token-statements-postgres.ts). And
// an entry is found by model and id through the primary key alone: no other index starts with
// model, so statistics taken while a model had few entries cannot send that lookup through one
// (it then filtered every entry of the model by id: 6–16 ms with 25,000 of them).
import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { readClientWithCodeAndRelated } from "../../server/oidc/token-statements-postgres.ts";
import { readAccountWithSessionAndGrant, upsertEntry } from "../../server/oidc/token-statements.ts";
import { dialects } from "../fixtures/databases.ts";
import { migratedDatabase } from "../fixtures/migrated-database.ts";

for (const dialect of dialects) {
  describe(`OIDC entries by uid on ${dialect}`, () => {
    const database = migratedDatabase(dialect);

    beforeAll(async () => {
      const { db } = database;
      for (let index = 0; index < 300; index += 1) {
        await db.executeQuery(
          upsertEntry(db, "Session", `session-${index}`, "{}", null, `uid-${index}`, null, null),
        );
      }
    });

    it("finds a session by uid through the index over uid and model, never by walking sessions", async () => {
      const statement =
        dialect === "postgres"
          ? readClientWithCodeAndRelated("client", "code")
          : readAccountWithSessionAndGrant(database.db, "account", "uid-7", "grant");
      const explain = dialect === "postgres" ? "explain" : "explain query plan";
      const plan = await database.db.executeQuery<Record<string, unknown>>({
        ...statement,
        sql: `${explain} ${statement.sql}`,
      });
      const text = plan.rows.map((row) => Object.values(row).join(" ")).join("\n");
      expect(text).toContain("oidc_payloads_uid_model");
      expect(text).not.toMatch(/BitmapAnd|SCAN oidc_payloads\b/);
    });

    it("has no index but the primary key that starts with model", async () => {
      const leading =
        dialect === "postgres"
          ? (
              await sql<{ name: string; first: string }>`
                select i.relname as name, a.attname as first
                from pg_index x
                join pg_class i on i.oid = x.indexrelid
                join pg_class t on t.oid = x.indrelid
                join pg_attribute a on a.attrelid = t.oid and a.attnum = x.indkey[0]
                where t.relname = 'oidc_payloads'`.execute(database.db)
            ).rows
          : (
              await sql<{ name: string; first: string }>`
                select l.name as name, i.name as first
                from pragma_index_list('oidc_payloads') l, pragma_index_info(l.name) i
                where i.seqno = 0`.execute(database.db)
            ).rows;
      const byModel = leading.filter((index) => index.first === "model").map((index) => index.name);
      expect(byModel).toHaveLength(1);
      expect(byModel[0]).toMatch(/^(oidc_payloads_pk|sqlite_autoindex_oidc_payloads_1)$/);
    });

    it("finds an entry by model and id through the primary key, also after many of one model", async () => {
      await sql`${sql.raw(dialect === "postgres" ? "analyze oidc_payloads" : "analyze")}`.execute(
        database.db,
      );
      for (let index = 0; index < 300; index += 1) {
        await database.db.executeQuery(
          upsertEntry(
            database.db,
            "Interaction",
            `interaction-${index}`,
            "{}",
            null,
            `i-${index}`,
            null,
            null,
          ),
        );
      }
      const find =
        dialect === "postgres"
          ? `explain select "payload" from "oidc_payloads" where "model" = 'Interaction' and "id" = 'interaction-7'`
          : `explain query plan select "payload" from "oidc_payloads" where "model" = 'Interaction' and "id" = 'interaction-7'`;
      const plan = (await sql<Record<string, unknown>>`${sql.raw(find)}`.execute(database.db)).rows
        .map((row) => Object.values(row).join(" "))
        .join("\n");
      expect(plan).toMatch(/oidc_payloads_pk|sqlite_autoindex_oidc_payloads_1/);
      expect(plan).toMatch(/\bid ?= ?/); // the id in the index condition, not a filter after it
      expect(plan).not.toMatch(/Filter/);
    });
  });
}
