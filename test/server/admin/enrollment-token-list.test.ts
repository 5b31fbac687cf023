// The console's list of IT enrollment tokens: every token with its label and state, newest
// first, and never the token itself (it is shown once, when created).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  callApi,
  CookieJar,
  createTestUser,
  signIn,
  startTestServer,
  type TestServer,
} from "../../fixtures/test-server.ts";

let server: TestServer;
const jar = new CookieJar();

beforeAll(async () => {
  server = await startTestServer();
  await signIn(server, jar, await createTestUser(server, { role: "admin" }));
});
afterAll(() => server.close());

type Listed = { id: string; label: string; revokedAt: string | null };

describe("enrollment token list", () => {
  it("lists tokens with their state and never their secret", async () => {
    const first = await callApi(server, jar, "POST", "/api/admin/enrollment-tokens", {
      label: "Berlin laptops",
      validDays: 30,
    });
    server.clock.advance(1000);
    const second = await callApi(server, jar, "POST", "/api/admin/enrollment-tokens", {
      label: "Lisbon laptops",
      validDays: 7,
    });
    const { id, token } = first.json<{ id: string; token: string }>();
    await callApi(server, jar, "POST", `/api/admin/enrollment-tokens/${id}/revoke`, {});
    const listed = await callApi(server, jar, "GET", "/api/admin/enrollment-tokens");
    expect(listed.statusCode).toBe(200);
    const { tokens } = listed.json<{ tokens: Listed[] }>();
    expect(tokens.map((each) => [each.label, each.revokedAt === null])).toEqual([
      ["Lisbon laptops", true],
      ["Berlin laptops", false],
    ]);
    for (const secret of [token, second.json<{ token: string }>().token]) {
      expect(listed.body).not.toContain(secret);
    }
  });
});
