// A Session is found by its uid through the index over model and uid (migration 0300), on both
// databases and before any statistics exist: the token request's reads then cost the same with
// one session or thousands (server/oidc/token-statements.ts, token-statements-postgres.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readClientWithCodeAndRelated } from "../../server/oidc/token-statements-postgres.ts";
import { readAccountWithSessionAndGrant, upsertEntry } from "../../server/oidc/token-statements.ts";
import { openDatabase, type Db } from "../../server/storage/database.ts";
import { migrateToLatest } from "../../server/storage/migrate.ts";
import { createTestDatabase, dialects, type TestDatabase } from "../fixtures/databases.ts";

for (const dialect of dialects) {
  describe(`OIDC entries by uid on ${dialect}`, () => {
    let database: TestDatabase;
    let db: Db;

    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      db = openDatabase(database.config);
      await migrateToLatest(db);
      for (let index = 0; index < 300; index += 1) {
        await db.executeQuery(
          upsertEntry(db, "Session", `session-${index}`, "{}", null, `uid-${index}`, null, null),
        );
      }
    });
    afterAll(async () => {
      await db.destroy();
      await database.drop();
    });

    it("finds a session by uid through the index over model and uid, never by walking sessions", async () => {
      const statement =
        dialect === "postgres"
          ? readClientWithCodeAndRelated("client", "code")
          : readAccountWithSessionAndGrant(db, "account", "uid-7", "grant");
      const explain = dialect === "postgres" ? "explain" : "explain query plan";
      const plan = await db.executeQuery<Record<string, unknown>>({
        ...statement,
        sql: `${explain} ${statement.sql}`,
      });
      const text = plan.rows.map((row) => Object.values(row).join(" ")).join("\n");
      expect(text).toContain("oidc_payloads_model_uid");
      expect(text).not.toMatch(/BitmapAnd|SCAN oidc_payloads\b/);
    });
  });
}
