// Rate limits hold for the whole cluster, not per instance: two instances on one PostgreSQL share
// every address's and every account's count (the password step's account is the one its sign-in
// flow was started for), while a single SQLite instance counts in memory and writes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CookieJar,
  createTestUser,
  setPolicy,
  startTestServer,
  testOrigin,
  type TestServer,
} from "../fixtures/test-server.ts";

const limit = 3;

function post(server: TestServer, url: string, body: object, from: string, jar?: CookieJar) {
  return server
    .request({
      method: "POST",
      url,
      remoteAddress: from,
      cookies: jar?.header() ?? {},
      headers: { origin: testOrigin, "content-type": "application/json" },
      payload: JSON.stringify(body),
    })
    .then((response) => {
      jar?.store(response);
      return response;
    });
}

describe("two instances sharing one PostgreSQL database", () => {
  let first: TestServer;
  let second: TestServer;

  beforeAll(async () => {
    const config = { signInRateLimitPerMinute: limit };
    first = await startTestServer("postgres", { config });
    second = await startTestServer("postgres", {
      config,
      sharedDatabase: first.database,
      clock: first.clock,
    });
    // Wrong passwords here test throttling, not lockout.
    await setPolicy(first, "lockout", { threshold: 100 });
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it("share one address's limit: three sign-in requests in a minute, over both of them", async () => {
    const statuses = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const instance = attempt % 2 === 0 ? first : second;
      const answer = await post(
        instance,
        "/api/auth/identify",
        {
          email: `person${attempt}@example.com`,
        },
        "203.0.113.50",
      );
      statuses.push(answer.statusCode);
      if (answer.statusCode === 429) {
        expect(answer.json()).toMatchObject({ code: "RATE_LIMITED" });
        expect(Number(answer.headers["retry-after"])).toBeGreaterThan(0);
        expect(Number(answer.headers["retry-after"])).toBeLessThanOrEqual(60);
      }
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429, 429]);
  });

  it("share one account's limit, from any address, on the password step too", async () => {
    const user = await createTestUser(first);
    const passwordStatuses = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const jar = new CookieJar();
      const instance = attempt % 2 === 0 ? first : second;
      const address = `198.51.100.${60 + attempt}`;
      // A fresh flow from a fresh address each time; the identify step has its own count.
      expect(
        (await post(instance, "/api/auth/identify", { email: user.email }, address, jar))
          .statusCode,
      ).toBe(attempt < limit ? 200 : 429);
      if (attempt >= limit) {
        break;
      }
      const other = instance === first ? second : first;
      passwordStatuses.push(
        (await post(other, "/api/auth/password", { password: "wrong" }, `192.0.2.${attempt}`, jar))
          .statusCode,
      );
    }
    expect(passwordStatuses).toEqual([401, 401, 401]);
    // A flow made before the account ran out, used from yet another address: over the limit.
    const jar = new CookieJar();
    first.clock.advance(60_000);
    await post(first, "/api/auth/identify", { email: user.email }, "198.51.100.99", jar);
    for (const address of ["192.0.2.100", "192.0.2.101", "192.0.2.102"]) {
      expect(
        (await post(second, "/api/auth/password", { password: "wrong" }, address, jar)).statusCode,
      ).toBe(401);
    }
    const over = await post(
      second,
      "/api/auth/password",
      { password: "wrong" },
      "192.0.2.103",
      jar,
    );
    expect(over.statusCode).toBe(429);
  });

  it("keep their counts in the database", async () => {
    const rows = await first.context.db.selectFrom("rate_limit_windows").select("key").execute();
    expect(rows.length).toBeGreaterThan(0);
  });
});

describe("a single instance on SQLite", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer("sqlite", { config: { signInRateLimitPerMinute: limit } });
  });
  afterAll(() => server.close());

  it("counts in memory: the same limit, no row written", async () => {
    const statuses = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      statuses.push(
        (
          await post(
            server,
            "/api/auth/identify",
            { email: `p${attempt}@example.com` },
            "203.0.113.60",
          )
        ).statusCode,
      );
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    const rows = await server.context.db.selectFrom("rate_limit_windows").select("key").execute();
    expect(rows).toEqual([]);
  });
});
