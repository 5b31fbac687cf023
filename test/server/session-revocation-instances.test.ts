// A session ended on one instance is refused by every other at its very next request, on both
// databases: the session check keeps nothing in memory (server/auth/session.ts), and on SQLite its
// own read connection (server/storage/prepared-reads.ts) sees each commit as soon as it is made.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  callApi,
  CookieJar,
  createTestUser,
  signIn,
  startTestServer,
  type TestServer,
  type TestUser,
} from "../fixtures/test-server.ts";
import { dialects } from "../fixtures/databases.ts";

for (const dialect of dialects) {
  describe(`a session ended on one instance (${dialect})`, () => {
    let first: TestServer;
    let second: TestServer;
    let user: TestUser;

    beforeAll(async () => {
      first = await startTestServer(dialect);
      second = await startTestServer(dialect, {
        sharedDatabase: first.database,
        clock: first.clock,
      });
      user = await createTestUser(first);
    });
    afterAll(async () => {
      await second.close();
      await first.close();
    });

    /** Signed in on the first instance, and already served by the second. */
    async function signedInOnBoth(): Promise<CookieJar> {
      const jar = new CookieJar();
      expect((await signIn(first, jar, user)).statusCode).toBe(200);
      expect((await callApi(second, jar, "GET", "/api/me")).statusCode).toBe(200);
      return jar;
    }

    it("is refused by the other at once when it signs out there", async () => {
      const jar = await signedInOnBoth();
      const session = jar.get("gh_session") ?? "";
      expect(session).not.toBe("");
      expect((await callApi(first, jar, "POST", "/api/auth/logout")).statusCode).toBeLessThan(300);
      const stale = await second.request({
        method: "GET",
        url: "/api/me",
        cookies: { gh_session: session },
      });
      expect(stale.statusCode).toBe(401);
      expect(stale.json()).toMatchObject({ code: "AUTH_REQUIRED" });
    });

    it("is refused by the other at once when another of the user's sessions revokes it", async () => {
      const revoked = await signedInOnBoth();
      const revoking = await signedInOnBoth();
      const answer = await callApi(first, revoking, "POST", "/api/me/sessions/revoke-others");
      expect(answer.statusCode).toBe(200);
      expect(answer.json<{ revoked: number }>().revoked).toBeGreaterThanOrEqual(1);
      expect((await callApi(second, revoked, "GET", "/api/me")).statusCode).toBe(401);
      expect((await callApi(second, revoking, "GET", "/api/me")).statusCode).toBe(200);
    });

    it("is refused by the other at once when the user is disabled", async () => {
      const other = await createTestUser(first);
      const jar = new CookieJar();
      expect((await signIn(first, jar, other)).statusCode).toBe(200);
      expect((await callApi(second, jar, "GET", "/api/me")).statusCode).toBe(200);
      await first.context.db
        .updateTable("users")
        .set({ status: "disabled" })
        .where("id", "=", other.id)
        .execute();
      expect((await callApi(second, jar, "GET", "/api/me")).statusCode).toBe(401);
    });
  });
}
