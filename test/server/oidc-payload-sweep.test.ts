// Expired OpenID Provider entries go in bounded batches (server/oidc/oidc-payload-sweep.ts), on
// both databases: what expired before the sweep's clock goes, a live entry and one without an
// expiry stay, entries of different models with one id are told apart, and a run past its batches
// leaves the rest for the next.
import { beforeEach, describe, expect, it } from "vitest";
import { sweepExpiredOidcPayloads } from "../../server/oidc/oidc-payload-sweep.ts";
import { dialects } from "../fixtures/databases.ts";
import { migratedDatabase } from "../fixtures/migrated-database.ts";

const now = Date.UTC(2026, 10, 30, 9, 0, 0);

for (const dialect of dialects) {
  describe(`the OpenID Provider entries' sweep on ${dialect}`, () => {
    const database = migratedDatabase(dialect);

    beforeEach(async () => {
      await database.db.deleteFrom("oidc_payloads").execute();
    });

    const entry = (model: string, id: string, expiresAt: number | null) =>
      database.db
        .insertInto("oidc_payloads")
        .values({ model, id, payload: "{}", expires_at: expiresAt })
        .execute();
    const left = async () =>
      (await database.db.selectFrom("oidc_payloads").select(["model", "id"]).execute())
        .map((row) => `${row.model}/${row.id}`)
        .sort();

    it("drops what expired before now and keeps the rest, model by model", async () => {
      await entry("AccessToken", "same-id", now - 1);
      await entry("Session", "same-id", now + 1);
      await entry("AuthorizationCode", "at-now", now);
      await entry("Grant", "no-expiry", null);
      expect(await sweepExpiredOidcPayloads(database.db, now)).toBe(1);
      expect(await left()).toEqual([
        "AuthorizationCode/at-now",
        "Grant/no-expiry",
        "Session/same-id",
      ]);
    });

    it("deletes in bounded batches and leaves the rest for the next run", async () => {
      for (let index = 0; index < 7; index += 1) {
        await entry("AccessToken", `t${index}`, now - index - 1);
      }
      await entry("Session", "live", now + 60_000);
      const limits = { batchSize: 3, maxBatches: 2 };
      expect(await sweepExpiredOidcPayloads(database.db, now, limits)).toBe(6);
      expect(await left()).toHaveLength(2);
      expect(await sweepExpiredOidcPayloads(database.db, now, limits)).toBe(1);
      expect(await left()).toEqual(["Session/live"]);
    });
  });
}
