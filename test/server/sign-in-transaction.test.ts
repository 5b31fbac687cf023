// A sign-in's writes commit together (server/auth/complete-sign-in.ts): when one of them fails —
// here the audit line, its table moved away — no session exists, the flow is not spent, and the
// very same flow signs in once the database is whole again. On both databases.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects } from "../fixtures/databases.ts";
import {
  callApi,
  CookieJar,
  createTestUser,
  startTestServer,
  type TestServer,
} from "../fixtures/test-server.ts";

for (const dialect of dialects) {
  describe(`sign-in completion on ${dialect}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(dialect);
    });
    afterAll(() => server.close());

    const sessionsOf = async (userId: string) =>
      (
        await server.context.db
          .selectFrom("sessions")
          .select("id")
          .where("user_id", "=", userId)
          .execute()
      ).length;

    it("leaves no session and an unspent flow when a write fails, then completes with that flow", async () => {
      const user = await createTestUser(server);
      const jar = new CookieJar();
      await callApi(server, jar, "POST", "/api/auth/identify", { email: user.email });
      const db = server.context.db;
      await sql`alter table audit_events rename to audit_events_moved`.execute(db);
      try {
        const failed = await callApi(server, jar, "POST", "/api/auth/password", {
          password: user.password,
        });
        expect(failed.statusCode).toBe(500);
        expect(failed.cookies.some((cookie) => cookie.name === "gh_session")).toBe(false);
      } finally {
        await sql`alter table audit_events_moved rename to audit_events`.execute(db);
      }
      expect(await sessionsOf(user.id)).toBe(0);
      expect(
        await db.selectFrom("login_flows").select("id").where("email", "=", user.email).execute(),
      ).toHaveLength(1);

      const retried = await callApi(server, jar, "POST", "/api/auth/password", {
        password: user.password,
      });
      expect(retried.statusCode).toBe(200);
      expect(await sessionsOf(user.id)).toBe(1);
      expect(
        await db
          .selectFrom("audit_events")
          .select("event")
          .where("target_id", "=", user.id)
          .where("event", "=", "sign_in.succeeded")
          .execute(),
      ).toHaveLength(1);
    });
  });
}
