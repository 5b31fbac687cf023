// API tokens (issue 21): a token works on the routes that accept its scopes and nowhere else, is
// judged by itself (never by a cookie beside it, never by the CSRF check), is audited as itself,
// rate-limited per token, and a revoked or expired token stops working on every instance at once.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ApiScope, ApiTokenList, CreatedApiToken } from "../../server/schemas/api-tokens.ts";
import { dialects } from "../fixtures/databases.ts";
import {
  callApi,
  CookieJar,
  createTestUser,
  signIn,
  startTestServer,
  testOrigin,
  type TestServer,
  type TestUser,
} from "../fixtures/test-server.ts";

const day = 24 * 3_600_000;

async function mintToken(
  server: TestServer,
  admin: CookieJar,
  scopes: ApiScope[],
  validDays = 30,
): Promise<CreatedApiToken> {
  const response = await callApi(server, admin, "POST", "/api/admin/api-tokens", {
    name: `automation ${scopes.join(" ")}`,
    scopes,
    validDays,
  });
  expect(response.statusCode).toBe(200);
  return response.json<CreatedApiToken>();
}

function withToken(
  server: TestServer,
  secret: string,
  method: "GET" | "POST",
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  return server.request({
    method,
    url,
    headers: {
      authorization: `Bearer ${secret}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
      ...headers,
    },
    ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
  });
}

for (const dialect of dialects) {
  describe(`API tokens on two instances sharing one ${dialect} database`, () => {
    let first: TestServer;
    let second: TestServer;
    let admin: CookieJar;
    let adminUser: TestUser;

    beforeAll(async () => {
      first = await startTestServer(dialect, { config: { apiTokenRateLimitPerMinute: 20 } });
      second = await startTestServer(dialect, {
        sharedDatabase: first.database,
        clock: first.clock,
        config: { apiTokenRateLimitPerMinute: 20 },
      });
      adminUser = await createTestUser(first, { role: "admin" });
    });
    // Tests move the shared clock by days; the admin signs in afresh for each.
    beforeEach(async () => {
      admin = new CookieJar();
      await signIn(first, admin, adminUser);
    });
    afterAll(async () => {
      await second.close();
      await first.close();
    });

    it("is shown once, stored hashed, and lists its last use (time and address)", async () => {
      const { token, secret } = await mintToken(first, admin, ["users:read"]);
      const stored = await first.context.db
        .selectFrom("api_tokens")
        .selectAll()
        .where("id", "=", token.id)
        .executeTakeFirstOrThrow();
      expect(JSON.stringify(stored)).not.toContain(secret.split(".")[1]);
      expect(token.lastUsedAt).toBeNull();

      first.clock.advance(1000);
      const used = await withToken(second, secret, "GET", "/api/admin/users");
      expect(used.statusCode).toBe(200);
      const list = (
        await callApi(first, admin, "GET", "/api/admin/api-tokens")
      ).json<ApiTokenList>();
      const listed = list.tokens.find((entry) => entry.id === token.id);
      expect(listed?.lastUsedAt).toBe(new Date(first.clock.now()).toISOString());
      expect(listed?.lastUsedIp).toBe("127.0.0.1");
      expect(JSON.stringify(list)).not.toContain(secret);
    });

    it("a revoked token stops working on every instance at the next request", async () => {
      const { token, secret } = await mintToken(first, admin, ["users:read"]);
      for (const server of [first, second]) {
        expect((await withToken(server, secret, "GET", "/api/admin/users")).statusCode).toBe(200);
      }
      const revoked = await callApi(
        first,
        admin,
        "POST",
        `/api/admin/api-tokens/${token.id}/revoke`,
      );
      expect(revoked.statusCode).toBe(204);
      for (const server of [second, first]) {
        const refused = await withToken(server, secret, "GET", "/api/admin/users");
        expect(refused.statusCode).toBe(401);
        expect(refused.json()).toMatchObject({ code: "API_TOKEN_INVALID" });
      }
      const again = await callApi(first, admin, "POST", `/api/admin/api-tokens/${token.id}/revoke`);
      expect(again.json()).toMatchObject({ code: "API_TOKEN_NOT_FOUND" });
    });

    it("an expired token stops working on every instance the moment it expires", async () => {
      const { secret } = await mintToken(first, admin, ["users:read"], 1);
      first.clock.advance(day - 1);
      expect((await withToken(second, secret, "GET", "/api/admin/users")).statusCode).toBe(200);
      first.clock.advance(1);
      for (const server of [first, second]) {
        const refused = await withToken(server, secret, "GET", "/api/admin/users");
        expect(refused.json()).toMatchObject({ code: "API_TOKEN_INVALID" });
      }
    });

    it("a change made with a token needs no Origin and is audited as the token", async () => {
      const { token, secret } = await mintToken(first, admin, ["users:write"]);
      const created = await withToken(second, secret, "POST", "/api/admin/users", {
        email: `scripted.${dialect}@example.com`,
        firstName: "Scripted",
        lastName: "User",
      });
      expect(created.statusCode).toBe(200);
      const event = await first.context.db
        .selectFrom("audit_events")
        .select(["actor_id", "ip"])
        .where("event", "=", "user.created")
        .where("target_email", "=", `scripted.${dialect}@example.com`)
        .executeTakeFirstOrThrow();
      expect(event).toEqual({ actor_id: `api-token:${token.id}`, ip: "127.0.0.1" });
    });

    it("is judged alone: a bad token beside an admin's cookie is refused, cross-origin or not", async () => {
      const cookies = admin.header();
      for (const origin of [testOrigin, "https://evil.example"]) {
        const response = await first.request({
          method: "POST",
          url: "/api/admin/users",
          cookies,
          headers: {
            authorization: "Bearer not-a-token",
            origin,
            "content-type": "application/json",
          },
          payload: JSON.stringify({ email: "x@example.com", firstName: "X", lastName: "Y" }),
        });
        expect({
          origin,
          status: response.statusCode,
          body: response.json<unknown>(),
        }).toMatchObject({
          origin,
          status: 401,
          body: { code: "API_TOKEN_INVALID" },
        });
      }
    });

    it("is refused where no scope admits tokens, and the CSRF check still applies there", async () => {
      const { secret } = await mintToken(first, admin, ["users:read", "users:write"]);
      for (const url of ["/api/me", "/api/admin/api-tokens"]) {
        const refused = await withToken(first, secret, "GET", url);
        expect({ url, body: refused.json<unknown>() }).toMatchObject({
          url,
          body: { code: "API_TOKEN_NOT_ACCEPTED" },
        });
      }
      const minted = await withToken(first, secret, "POST", "/api/admin/api-tokens", {
        name: "escalation",
        scopes: ["users:write"],
      });
      expect(minted.json()).toMatchObject({ code: "CSRF_ORIGIN_MISMATCH" });
      const users = await callApi(first, admin, "GET", "/api/admin/users");
      const someone = users.json<{ users: { id: string }[] }>().users[0]?.id ?? "";
      const promoted = await withToken(
        first,
        secret,
        "POST",
        `/api/admin/users/${someone}/role`,
        { role: "admin" },
        { origin: testOrigin },
      );
      expect(promoted.json()).toMatchObject({ code: "API_TOKEN_NOT_ACCEPTED" });
    });

    it("is rate-limited per token: one busy token does not slow another or the portal", async () => {
      const busy = await mintToken(first, admin, ["audit:read"]);
      const other = await mintToken(first, admin, ["audit:read"]);
      const statuses: number[] = [];
      for (let call = 0; call < 21; call += 1) {
        statuses.push((await withToken(first, busy.secret, "GET", "/api/admin/audit")).statusCode);
      }
      expect(statuses.slice(0, 20).every((status) => status === 200)).toBe(true);
      expect(statuses[20]).toBe(429);
      expect((await withToken(first, other.secret, "GET", "/api/admin/audit")).statusCode).toBe(
        200,
      );
      for (let call = 0; call < 25; call += 1) {
        expect((await callApi(first, admin, "GET", "/api/admin/audit")).statusCode).toBe(200);
      }
    });
  });
}
