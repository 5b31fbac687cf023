// A server reads the admin policies from memory, and every change reaches it: its own at once,
// another instance's through the change channel (NOTIFY on PostgreSQL, a version check every
// half second on a shared SQLite file), on both databases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readAllPolicies, writePolicy } from "../../server/policies/policy-store.ts";
import { defaultPolicies } from "../../server/schemas/policies.ts";
import { changeTopics } from "../../server/storage/change-topics.ts";
import { openDatabase, type Db } from "../../server/storage/database.ts";
import { dialects } from "../fixtures/databases.ts";
import {
  callApi,
  CookieJar,
  createTestUser,
  signIn,
  startTestServer,
  type TestServer,
} from "../fixtures/test-server.ts";

const storedLockout = (threshold: number) => ({
  kind: "lockout",
  value: JSON.stringify({ threshold, mode: "temporary", durationMinutes: 15 }),
  updated_at: 0,
  updated_by: null,
});

for (const dialect of dialects) {
  describe(`the policies a server keeps in memory (${dialect})`, () => {
    let server: TestServer;

    beforeAll(async () => {
      server = await startTestServer(dialect);
    });
    afterAll(() => server.close());

    const lockoutThreshold = async () =>
      (await readAllPolicies(server.context.db)).lockout.threshold;
    const setThreshold = (db: Db, threshold: number) =>
      writePolicy(
        db,
        "lockout",
        { threshold, mode: "temporary", durationMinutes: 15 },
        {
          now: 0,
          actorId: null,
        },
      );

    it("are read once, and read again when a change is announced", async () => {
      await setThreshold(server.context.db, 4);
      await server.context.changes?.checkNow();
      expect(await lockoutThreshold()).toBe(4);
      // A raw statement raises no version: the value in memory stays.
      await server.context.db
        .updateTable("policies")
        .set(storedLockout(5))
        .where("kind", "=", "lockout")
        .execute();
      expect(await lockoutThreshold()).toBe(4);
      // Announced, as the admin API and the CLI do: read again.
      await server.context.changes?.publish(changeTopics.policies);
      expect(await lockoutThreshold()).toBe(5);
    });

    it("a write nobody announced is seen at the next version check", async () => {
      await setThreshold(server.context.db, 6);
      await server.context.changes?.checkNow();
      expect(await lockoutThreshold()).toBe(6);
    });

    if (dialect === "sqlite") {
      it("on SQLite, a write from another process on the file is seen by the very next read", async () => {
        // The admin CLI opens its own handle on the server's file and signals nothing.
        const otherProcess = openDatabase(server.database.config);
        try {
          await setThreshold(otherProcess, 9);
          expect(await lockoutThreshold()).toBe(9);
          await setThreshold(otherProcess, 6);
          expect(await lockoutThreshold()).toBe(6);
        } finally {
          await otherProcess.destroy();
        }
      });

      it("on SQLite, a session's very next request is judged by a policy another process wrote", async () => {
        // The session check reads the policies' version in its own statement (one read per
        // request); that read must still let an unannounced change through at once.
        const jar = new CookieJar();
        expect((await signIn(server, jar, await createTestUser(server))).statusCode).toBe(200);
        const lockedFields = async () =>
          (await callApi(server, jar, "GET", "/api/me")).json<{ lockedProfileFields: string[] }>()
            .lockedProfileFields;
        expect(await lockedFields()).toEqual([]);
        const otherProcess = openDatabase(server.database.config);
        try {
          for (const locked of [["jobTitle"], ["jobTitle", "department"], []]) {
            const profile = { ...defaultPolicies.profile };
            for (const field of locked) {
              profile[field as keyof typeof profile] = "locked";
            }
            await writePolicy(otherProcess, "profile", profile, { now: 0, actorId: null });
            expect(await lockedFields()).toEqual(locked);
          }
        } finally {
          await otherProcess.destroy();
        }
      });
    }

    it("a write inside a transaction is seen once it is committed", async () => {
      await server.context.db.transaction().execute((transaction) => setThreshold(transaction, 8));
      await server.context.changes?.checkNow();
      expect(await lockoutThreshold()).toBe(8);
    });
  });
}

for (const dialect of dialects) {
  describe(`a policy changed on one instance is enforced by the other (${dialect})`, () => {
    let first: TestServer;
    let second: TestServer;
    const admin = new CookieJar();

    beforeAll(async () => {
      first = await startTestServer(dialect);
      second = await startTestServer(dialect, {
        sharedDatabase: first.database,
        clock: first.clock,
      });
      const account = await createTestUser(first, { role: "admin" });
      expect((await signIn(first, admin, account)).statusCode).toBe(200);
    });
    afterAll(async () => {
      await second.close();
      await first.close();
    });

    it("the second locks an account at the threshold the first just set", async () => {
      const victim = await createTestUser(first);
      // The second has the default threshold (10) in memory before the change.
      expect((await readAllPolicies(second.context.db)).lockout.threshold).toBe(10);
      const reachedSecond = new Promise<void>((resolve) => {
        const unsubscribe = second.context.changes?.subscribe(changeTopics.policies, () => {
          unsubscribe?.();
          resolve();
        });
      });
      const changed = await callApi(first, admin, "PUT", "/api/admin/policies/lockout", {
        threshold: 2,
      });
      expect(changed.statusCode).toBe(200);
      await reachedSecond;
      for (let attempt = 0; attempt < 2; attempt += 1) {
        const wrong = await signIn(second, new CookieJar(), {
          ...victim,
          password: "wrong password!",
        });
        expect(wrong.statusCode).toBe(401);
      }
      // Locked at two (not the default ten): even the right password is told so.
      const right = await signIn(second, new CookieJar(), victim);
      expect(right.json()).toMatchObject({ code: "AUTH_LOCKED" });
    });
  });
}
