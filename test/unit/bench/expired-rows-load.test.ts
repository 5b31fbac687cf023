// The expired-rows bench's loaded state, on both databases: the rows it writes are expired by the
// server's own measure (its sweeps would delete every one), they are counted and removed without
// touching the server's live rows, and while the bench holds the sweeps' locks no sweep runs.
import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  benchKeyPrefix,
  countExpiredRows,
  holdingSweepLocks,
  loadedTables,
  loadExpiredRows,
  unloadExpiredRows,
} from "../../../bench/expired-rows-load.ts";
import { issueDeviceChallenge, verifyDeviceProof } from "../../../server/devices/device-proof.ts";
import { issueLaunchTicket } from "../../../server/launch/launch-tickets.ts";
import { systemClock, systemRandom } from "../../../server/lib/clock.ts";
import {
  oidcPayloadSweepJob,
  sweepExpiredOidcPayloads,
} from "../../../server/oidc/oidc-payload-sweep.ts";
import { openDatabase, type Db } from "../../../server/storage/database.ts";
import { expirySweepJob, sweepExpiredRows } from "../../../server/storage/expiry-sweep.ts";
import { runExclusively } from "../../../server/storage/job-lock.ts";
import {
  consumeWebauthnChallenge,
  issueWebauthnChallenge,
} from "../../../server/webauthn/webauthn-challenges.ts";
import { insertBookmarkApp } from "../../fixtures/bookmark-app.ts";
import { dialects } from "../../fixtures/databases.ts";
import { migratedDatabaseWithUsers, testUser } from "../../fixtures/migrated-database.ts";

const owner = { userId: "user", appId: "app" };
const count = 300;

for (const dialect of dialects) {
  describe(`the expired-rows bench's rows on ${dialect}`, () => {
    const database = migratedDatabaseWithUsers(dialect, [testUser(owner.userId)]);
    let server: Db; // a second handle, as the server's own

    beforeAll(async () => {
      server = openDatabase(database.config);
      await insertBookmarkApp(database.db, { id: owner.appId, organizationId: "org", name: "App" });
    });
    beforeEach(async () => {
      for (const { table } of loadedTables) {
        await sql`delete from ${sql.table(table)}`.execute(database.db);
      }
    });
    afterAll(async () => {
      await server.destroy();
    });

    const allRows = async () => {
      const counts: Record<string, number> = {};
      for (const { table } of loadedTables) {
        const { rows } = await sql<{ count: number | string }>`select count(*) as count
          from ${sql.table(table)}`.execute(database.db);
        counts[table] = Number(rows[0]?.count);
      }
      return counts;
    };
    const everyTable = (value: number) =>
      Object.fromEntries(loadedTables.map(({ table }) => [table, value]));

    it("writes the count asked into every table, all expired, and the server's sweeps delete every one", async () => {
      const now = Date.now();
      await loadExpiredRows(database.db, { count, now, owner });
      expect(await countExpiredRows(database.db, now)).toEqual(everyTable(count));
      expect(await allRows()).toEqual(everyTable(count));
      // Expired by the server's own measure, the launch rows' hour of grace included.
      await sweepExpiredRows(server, now, { batchSize: 1000, maxBatches: 10 });
      await sweepExpiredOidcPayloads(server, now, { batchSize: 1000, maxBatches: 10 });
      expect(await allRows()).toEqual(everyTable(0));
    });

    it("removes its own rows and leaves the server's live ones", async () => {
      const now = Date.now();
      const key = randomBytes(32);
      const binding = { purpose: "authentication" as const, userId: null, sessionId: null };
      const challenge = issueWebauthnChallenge(key, systemRandom, { ...binding, now });
      const spent = await consumeWebauthnChallenge(
        server,
        key,
        Buffer.from(challenge).toString("base64url"),
        { ...binding, now },
      );
      expect(spent).toBeDefined();
      const keyContext = {
        config: { mode: "production" as const, secretKey: key },
        db: server,
        clock: systemClock,
        random: systemRandom,
      };
      const deviceProof = {
        deviceId: "unknown",
        challenge: await issueDeviceChallenge(keyContext, now),
        signature: "AA",
      };
      // Spent before its device is looked for, and left recorded.
      expect(await verifyDeviceProof(keyContext, deviceProof, { origin: "http://x", now })).toEqual(
        { ok: false, reason: "device_unknown" },
      );
      await issueLaunchTicket({ db: server, clock: systemClock, random: systemRandom }, owner);
      await loadExpiredRows(database.db, { count, now, owner });
      await unloadExpiredRows(database.db);
      expect(await countExpiredRows(database.db, now)).toEqual(everyTable(0));
      const left = await allRows();
      expect(left).toMatchObject({
        spent_webauthn_challenges: 1,
        spent_device_challenges: 1,
        launch_tickets: 1,
      });
      const { rows } = await sql<{ id: string }>`select id from launch_tickets`.execute(
        database.db,
      );
      expect(rows[0]?.id.startsWith(benchKeyPrefix)).toBe(false);
    });

    it("no sweep job runs while the bench holds their locks, and both are free afterwards", async () => {
      const clock = systemClock;
      const tryJob = (job: string) =>
        runExclusively(server, job, () => Promise.resolve(job), { clock });
      const meanwhile = await holdingSweepLocks(database.db, async () => [
        await tryJob(expirySweepJob),
        await tryJob(oidcPayloadSweepJob),
      ]);
      expect(meanwhile).toEqual([{ ran: false }, { ran: false }]);
      expect(await tryJob(expirySweepJob)).toEqual({ ran: true, value: expirySweepJob });
      expect(await tryJob(oidcPayloadSweepJob)).toEqual({ ran: true, value: oidcPayloadSweepJob });
    });

    it("gives up after its tries while a sweep keeps its lock, without running the work", async () => {
      let ran = false;
      const attempt = runExclusively(
        server,
        expirySweepJob,
        () =>
          holdingSweepLocks(
            database.db,
            () => {
              ran = true;
              return Promise.resolve();
            },
            { tries: 3, waitMs: 0 },
          ),
        { clock: systemClock },
      );
      await expect(attempt).rejects.toThrow(/could not take them/);
      expect(ran).toBe(false);
    });
  });
}
