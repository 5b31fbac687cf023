// Spent challenges, launch tickets and hand-offs are deleted by a timed sweep in bounded
// batches (server/storage/expiry-sweep.ts), never by the request that issues a new one, and a
// request still refuses an expired challenge or row by itself.
import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { systemRandom } from "../../server/lib/clock.ts";
import { sweepExpiredRows, sweptTables } from "../../server/storage/expiry-sweep.ts";
import { isPostgres } from "../../server/storage/dialect.ts";
import { webauthnChallengeLifetimeMs } from "../../server/webauthn/challenge-seal.ts";
import {
  consumeWebauthnChallenge,
  issueWebauthnChallenge,
  spentChallengeMarginMs,
} from "../../server/webauthn/webauthn-challenges.ts";
import { insertBookmarkApp } from "../fixtures/bookmark-app.ts";
import { dialects } from "../fixtures/databases.ts";
import { migratedDatabaseWithUsers, testUser } from "../fixtures/migrated-database.ts";

const now = Date.UTC(2026, 10, 30, 9, 0, 0);
const hour = 3_600_000;

for (const dialect of dialects) {
  describe(`expired-rows sweep on ${dialect}`, () => {
    const database = migratedDatabaseWithUsers(dialect, [testUser("user")]);

    beforeAll(async () => {
      await insertBookmarkApp(database.db, { id: "app", organizationId: "org", name: "App" });
    });
    beforeEach(async () => {
      for (const { table } of sweptTables) {
        await sql`delete from ${sql.table(table)}`.execute(database.db);
      }
    });

    const challenge = (id: string, expiresAt: number) =>
      database.db
        .insertInto("spent_webauthn_challenges")
        .values({ challenge: id, expires_at: expiresAt })
        .execute();
    // What an instance of the previous release issued (migration 0310).
    const issuedBefore = (id: string, expiresAt: number) =>
      database.db
        .insertInto("webauthn_challenges")
        .values({
          challenge: id,
          purpose: "authentication",
          user_id: null,
          session_id: null,
          expires_at: expiresAt,
        })
        .execute();
    const spentDeviceChallenge = (id: string, expiresAt: number) =>
      database.db
        .insertInto("spent_device_challenges")
        .values({ challenge: id, expires_at: expiresAt })
        .execute();
    // What an instance of the previous release issued (migration 0320).
    const deviceChallenge = (id: string, expiresAt: number) =>
      database.db
        .insertInto("device_challenges")
        .values({ challenge_hash: id, expires_at: expiresAt })
        .execute();
    const launchRow = (
      table: "launch_tickets" | "launch_handoffs",
      id: string,
      expiresAt: number,
    ) =>
      database.db
        .insertInto(table)
        .values({
          id,
          secret_hash: "h",
          user_id: "user",
          app_id: "app",
          created_at: 1,
          expires_at: expiresAt,
          consumed_at: null,
          ...(table === "launch_handoffs" ? { stage: "mfa" } : {}),
        })
        .execute();
    const idsIn = async (table: string, key: string) =>
      (
        await sql<{ id: string }>`select ${sql.ref(key)} as id from ${sql.table(table)}`.execute(
          database.db,
        )
      ).rows
        .map((row) => row.id)
        .sort();

    it("deletes expired challenges at once and launch rows an hour past expiry, and nothing live", async () => {
      await challenge("c-expired", now - 1);
      await challenge("c-at-now", now);
      await challenge("c-live", now + 1);
      await issuedBefore("i-expired", now - 1);
      await issuedBefore("i-live", now + 1);
      await spentDeviceChallenge("s-expired", now - 5);
      await spentDeviceChallenge("s-live", now + 1);
      await deviceChallenge("d-expired", now - 5);
      await deviceChallenge("d-live", now + 60_000);
      for (const table of ["launch_tickets", "launch_handoffs"] as const) {
        await launchRow(table, "old", now - hour - 1);
        await launchRow(table, "recent", now - hour + 1);
        await launchRow(table, "live", now + 60_000);
      }
      const deleted = await sweepExpiredRows(database.db, now);
      expect(deleted).toEqual({
        login_flows: 0,
        spent_webauthn_challenges: 2,
        webauthn_challenges: 1,
        spent_device_challenges: 1,
        device_challenges: 1,
        launch_tickets: 1,
        launch_handoffs: 1,
      });
      expect(await idsIn("spent_webauthn_challenges", "challenge")).toEqual(["c-live"]);
      expect(await idsIn("webauthn_challenges", "challenge")).toEqual(["i-live"]);
      expect(await idsIn("spent_device_challenges", "challenge")).toEqual(["s-live"]);
      expect(await idsIn("device_challenges", "challenge_hash")).toEqual(["d-live"]);
      expect(await idsIn("launch_tickets", "id")).toEqual(["live", "recent"]);
      expect(await idsIn("launch_handoffs", "id")).toEqual(["live", "recent"]);
    });

    it("deletes in bounded batches and leaves the rest for the next run", async () => {
      for (let index = 0; index < 7; index += 1) {
        await challenge(`c${index}`, now - index - 1);
      }
      expect(
        (await sweepExpiredRows(database.db, now, { batchSize: 3, maxBatches: 2 }))
          .spent_webauthn_challenges,
      ).toBe(6);
      expect(await idsIn("spent_webauthn_challenges", "challenge")).toHaveLength(1);
      expect(
        (await sweepExpiredRows(database.db, now, { batchSize: 3, maxBatches: 2 }))
          .spent_webauthn_challenges,
      ).toBe(1);
      expect(await idsIn("spent_webauthn_challenges", "challenge")).toEqual([]);
    });

    it("issuing a challenge writes nothing, and an expired one is refused and not recorded", async () => {
      const key = randomBytes(32);
      const binding = { purpose: "authentication" as const, userId: null, sessionId: null };
      const challenge = Buffer.from(
        issueWebauthnChallenge(key, systemRandom, { ...binding, now }),
      ).toString("base64url");
      expect(await idsIn("spent_webauthn_challenges", "challenge")).toEqual([]);
      const expired = { ...binding, now: now + webauthnChallengeLifetimeMs };
      expect(await consumeWebauthnChallenge(database.db, key, challenge, expired)).toBeUndefined();
      expect(await idsIn("spent_webauthn_challenges", "challenge")).toEqual([]);
      // Spent in time, its record outlives the challenge by the margin, then goes to the sweep.
      const spent = await consumeWebauthnChallenge(database.db, key, challenge, {
        ...binding,
        now,
      });
      expect(spent?.expires_at).toBe(now + webauthnChallengeLifetimeMs + spentChallengeMarginMs);
      await sweepExpiredRows(
        database.db,
        now + webauthnChallengeLifetimeMs + spentChallengeMarginMs - 1,
      );
      expect(await idsIn("spent_webauthn_challenges", "challenge")).toEqual([challenge]);
      await sweepExpiredRows(
        database.db,
        now + webauthnChallengeLifetimeMs + spentChallengeMarginMs,
      );
      expect(await idsIn("spent_webauthn_challenges", "challenge")).toEqual([]);
    });

    it("each swept table has its expires_at index", async () => {
      const names = isPostgres(database.db)
        ? (
            await sql<{ name: string }>`select indexname as name from pg_indexes`.execute(
              database.db,
            )
          ).rows
        : (
            await sql<{
              name: string;
            }>`select name from sqlite_master where type = 'index'`.execute(database.db)
          ).rows;
      for (const { table } of sweptTables) {
        expect(names.map((row) => row.name)).toContain(`${table}_expires_at`);
      }
    });
  });
}
