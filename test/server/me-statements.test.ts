// The SQL one GET /api/me costs (issue 14), counted on both databases: the session check reads
// the session with its user, and on SQLite the policies' version, in one statement; the policies
// themselves come from memory. A change that adds a read to every authenticated request fails here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects } from "../fixtures/databases.ts";
import { createStatementRecorder } from "../fixtures/statement-recorder.ts";
import {
  callApi,
  CookieJar,
  createTestUser,
  signIn,
  startTestServer,
  type TestServer,
} from "../fixtures/test-server.ts";

for (const dialect of dialects) {
  describe(`GET /api/me on ${dialect}`, () => {
    const recorder = createStatementRecorder();
    let server: TestServer;
    const jar = new CookieJar();

    beforeAll(async () => {
      server = await startTestServer(dialect, { onStatement: recorder.onStatement });
      const user = await createTestUser(server);
      expect((await signIn(server, jar, user)).statusCode).toBe(200);
      expect((await callApi(server, jar, "GET", "/api/me")).statusCode).toBe(200); // policies read
    });
    afterAll(() => server.close());

    it("reads the database once, a signed-in user's session with its user", async () => {
      let answer = { statusCode: 0 };
      const statements = await recorder.record(async () => {
        answer = await callApi(server, jar, "GET", "/api/me");
      });
      expect(answer.statusCode).toBe(200);
      expect(statements).toHaveLength(1);
      expect(statements[0]).toMatch(/from "sessions"/);
    });
  });
}
