import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unlockAccount } from "../../server/auth/lockout.ts";
import { dialects } from "../fixtures/databases.ts";
import {
  callApi,
  CookieJar,
  createTestUser,
  setPolicy,
  signIn,
  startTestServer,
  type TestServer,
  type TestUser,
} from "../fixtures/test-server.ts";

async function failedAttempts(server: TestServer, user: TestUser) {
  return server.context.db
    .selectFrom("users")
    .select(["failed_attempts", "locked_at", "locked_until"])
    .where("id", "=", user.id)
    .executeTakeFirstOrThrow();
}

// 100 argon2id verifications are bound by the CPU: on a shared machine they take longer than a
// test's default budget, so the floods get their own.
const floodTimeout = 90_000;

/** 100 wrong passwords at once, spread over the given instances, each with its own flow. */
async function floodWrongPasswords(servers: TestServer[], user: TestUser) {
  const attempts = Array.from({ length: 100 }, async (_, index) => {
    const server = servers[index % servers.length] as TestServer;
    return signIn(server, new CookieJar(), { ...user, password: `wrong password ${index}` });
  });
  return Promise.all(attempts);
}

for (const dialect of dialects) {
  describe(`lockout on ${dialect}`, () => {
    let server: TestServer;

    beforeAll(async () => {
      server = await startTestServer(dialect);
      await setPolicy(server, "lockout", { threshold: 5, mode: "admin" });
    });
    afterAll(() => server.close());

    it(
      "100 parallel wrong passwords record at most 6 failures and lock the account until an admin unlocks it",
      async () => {
        const user = await createTestUser(server);
        const answers = await floodWrongPasswords([server], user);
        expect(answers.every((answer) => [401, 423].includes(answer.statusCode))).toBe(true);

        const row = await failedAttempts(server, user);
        expect(row.failed_attempts).toBeLessThanOrEqual(6);
        expect(row.failed_attempts).toBeGreaterThanOrEqual(5);
        expect(row.locked_at).not.toBeNull();
        expect(row.locked_until).toBeNull();

        const correct = await signIn(server, new CookieJar(), user);
        expect(correct.statusCode).toBe(423);
        expect(correct.json()).toMatchObject({ code: "AUTH_LOCKED" });
        expect(correct.json<{ message: string }>().message).toMatch(/administrator/);

        expect(await unlockAccount(server.context.db, user.id)).toBe(true);
        expect((await signIn(server, new CookieJar(), user)).statusCode).toBe(200);
      },
      floodTimeout,
    );

    it("a temporary lock states its end and lifts itself then, with the count starting over", async () => {
      await setPolicy(server, "lockout", { mode: "temporary", durationMinutes: 15 });
      const user = await createTestUser(server);
      for (let attempt = 0; attempt < 5; attempt += 1) {
        await signIn(server, new CookieJar(), { ...user, password: "wrong" });
      }
      const locked = await signIn(server, new CookieJar(), user);
      expect(locked.statusCode).toBe(423);
      const retryAt = new Date(server.clock.now() + 15 * 60_000).toISOString();
      expect(locked.json()).toMatchObject({ code: "AUTH_LOCKED", retryAt });

      server.clock.advance(15 * 60_000 - 1);
      expect((await signIn(server, new CookieJar(), user)).statusCode).toBe(423);
      server.clock.advance(1);
      await signIn(server, new CookieJar(), { ...user, password: "wrong" });
      expect((await failedAttempts(server, user)).failed_attempts).toBe(1);
      expect((await signIn(server, new CookieJar(), user)).statusCode).toBe(200);
      await setPolicy(server, "lockout", { mode: "admin" });
    });

    it("a correct password resets the consecutive-failure count", async () => {
      const user = await createTestUser(server);
      for (let attempt = 0; attempt < 4; attempt += 1) {
        await signIn(server, new CookieJar(), { ...user, password: "wrong" });
      }
      expect((await signIn(server, new CookieJar(), user)).statusCode).toBe(200);
      expect((await failedAttempts(server, user)).failed_attempts).toBe(0);
    });

    it("a locked account never signs in, not even with the right password, and the lock is audited", async () => {
      const user = await createTestUser(server);
      for (let attempt = 0; attempt < 5; attempt += 1) {
        await signIn(server, new CookieJar(), { ...user, password: "wrong" });
      }
      server.clock.advance(1000); // so the last attempt sorts last in the audit log
      await signIn(server, new CookieJar(), user);
      const events = await server.context.db
        .selectFrom("audit_events")
        .select(["event", "reason"])
        .where("target_id", "=", user.id)
        .orderBy("at")
        .execute();
      expect(events.filter((event) => event.event === "account.locked")).toHaveLength(1);
      expect(events.at(-1)).toEqual({ event: "sign_in.failed", reason: "locked" });
      // The refused correct password did not count as a failure.
      expect((await failedAttempts(server, user)).failed_attempts).toBe(5);
    });
  });
}

describe("lockout across two server instances sharing one PostgreSQL database", () => {
  let first: TestServer;
  let second: TestServer;

  beforeAll(async () => {
    first = await startTestServer("postgres");
    second = await startTestServer("postgres", {
      sharedDatabase: first.database,
      clock: first.clock,
    });
    await setPolicy(first, "lockout", { threshold: 5, mode: "admin" });
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it(
    "100 parallel wrong passwords over both instances record at most 6 failures and lock the account",
    async () => {
      const user = await createTestUser(first);
      await floodWrongPasswords([first, second], user);
      const row = await failedAttempts(first, user);
      expect(row.failed_attempts).toBeLessThanOrEqual(6);
      expect(row.locked_at).not.toBeNull();
      for (const server of [first, second]) {
        const correct = await signIn(server, new CookieJar(), user);
        expect(correct.statusCode).toBe(423);
      }
    },
    floodTimeout,
  );
});

describe("per-IP throttling", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer("sqlite", { config: { signInRateLimitPerMinute: 3 } });
  });
  afterAll(() => server.close());

  it("answers 429 with Retry-After once an address sends too many sign-in requests", async () => {
    const jar = new CookieJar();
    const statuses = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const response = await callApi(server, jar, "POST", "/api/auth/identify", {
        email: "someone@example.com",
      });
      statuses.push(response.statusCode);
      if (response.statusCode === 429) {
        expect(Number(response.headers["retry-after"])).toBeGreaterThan(0);
        expect(response.json()).toMatchObject({ code: "RATE_LIMITED" });
      }
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  const identifyFrom = (remoteAddress: string, email: string) =>
    server.request({
      method: "POST",
      url: "/api/auth/identify",
      remoteAddress,
      headers: { origin: "http://localhost:4010", "content-type": "application/json" },
      payload: JSON.stringify({ email }),
    });

  it("counts each address on its own", async () => {
    const response = await identifyFrom("203.0.113.9", "someone.else@example.com");
    expect(response.statusCode).toBe(200);
  });

  it("counts each account on its own, whatever addresses its requests come from", async () => {
    const statuses = [];
    for (const address of ["198.51.100.1", "198.51.100.2", "198.51.100.3", "198.51.100.4"]) {
      statuses.push((await identifyFrom(address, "Target@Example.com")).statusCode);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    // Spelled differently, the same account: still over its limit.
    expect((await identifyFrom("198.51.100.5", "target@example.com")).statusCode).toBe(429);
    expect((await identifyFrom("198.51.100.5", "other@example.com")).statusCode).toBe(200);
  });

  it("opens a new window once the old one has passed", async () => {
    expect((await identifyFrom("198.51.100.6", "target@example.com")).statusCode).toBe(429);
    server.clock.advance(60_000);
    expect((await identifyFrom("198.51.100.6", "target@example.com")).statusCode).toBe(200);
  });
});
