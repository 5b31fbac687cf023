// Who learns that an account is locked (issue 11 §4): only someone who enters its right
// password. A wrong password on a locked account — checked at full cost, audited, throttled —
// gets exactly the answer an unknown address gets. The same rule for the admin portal: an
// employee with the right password is told the account has no admin access.
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changePolicy } from "../../server/admin/policy-admin.ts";
import { announceNothing, changeTopics } from "../../server/storage/change-topics.ts";
import { readPolicy } from "../../server/policies/policy-store.ts";
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

const threshold = 3;

/** What a caller can compare between two answers: status, body and the kind of body. */
function observable(response: LightMyRequestResponse) {
  return {
    status: response.statusCode,
    type: response.headers["content-type"],
    body: response.body,
    setsSession: response.cookies.some((cookie) => cookie.name === "gh_session"),
  };
}

for (const dialect of dialects) {
  describe(`who learns that an account is locked, on ${dialect}`, () => {
    let server: TestServer;

    beforeAll(async () => {
      server = await startTestServer(dialect);
      await setPolicy(server, "lockout", { threshold, mode: "admin" });
    });
    afterAll(() => server.close());

    async function lockedUser(): Promise<TestUser> {
      const user = await createTestUser(server);
      for (let attempt = 0; attempt < threshold; attempt += 1) {
        await signIn(server, new CookieJar(), { ...user, password: `wrong ${attempt}` });
      }
      server.clock.advance(1000); // later attempts sort after these in the audit log
      return user;
    }

    async function auditReasons(user: TestUser): Promise<(string | null)[]> {
      const rows = await server.context.db
        .selectFrom("audit_events")
        .select(["event", "reason"])
        .where("target_id", "=", user.id)
        .where("event", "=", "sign_in.failed")
        .orderBy("at")
        .execute();
      return rows.map((row) => row.reason);
    }

    it("a wrong password on a locked account gets exactly the unknown-address answer", async () => {
      const locked = await lockedUser();
      const disabled = await createTestUser(server, { status: "disabled" });
      const other = await createTestUser(server);
      const answers = [
        await signIn(server, new CookieJar(), { ...locked, password: "still wrong" }),
        await signIn(server, new CookieJar(), { ...other, email: "nobody-here@example.com" }),
        await signIn(server, new CookieJar(), { ...other, password: "wrong" }),
        await signIn(server, new CookieJar(), disabled),
      ].map(observable);
      expect(answers[0]).toMatchObject({ status: 401, setsSession: false });
      expect(JSON.parse(answers[0]?.body ?? "{}")).toEqual({
        code: "AUTH_INVALID_CREDENTIALS",
        message: "The email or password is incorrect.",
      });
      for (const answer of answers) {
        expect(answer).toEqual(answers[0]);
      }
      // The password was checked like any attempt (the server told the two cases apart only
      // by hashing it), and the attempt is in the audit log.
      expect((await auditReasons(locked)).at(-1)).toBe("locked_wrong_password");
    });

    it("the attempt that locks the account answers like any wrong password", async () => {
      const user = await createTestUser(server);
      const answers = [];
      for (let attempt = 0; attempt < threshold; attempt += 1) {
        answers.push(observable(await signIn(server, new CookieJar(), { ...user, password: "x" })));
      }
      expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
      expect(answers[0]?.status).toBe(401);
    });

    it("only the right password learns the lock and what to do, and it never signs in", async () => {
      const user = await lockedUser();
      const jar = new CookieJar();
      const answer = await signIn(server, jar, user);
      expect(answer.statusCode).toBe(423);
      expect(answer.json()).toEqual({
        code: "AUTH_LOCKED",
        message:
          "Your account is locked after too many failed sign-in attempts. Contact your IT administrator to unlock it.",
        // The same case as a stable name, for the portal to say in the user's language.
        reason: "failed_attempts",
      });
      expect((await callApi(server, jar, "GET", "/api/me")).statusCode).toBe(401);
      expect((await auditReasons(user)).at(-1)).toBe("locked");
    });

    it("after “This wasn't me” the right password is told why, and the mails name the event in words", async () => {
      const admin = await createTestUser(server, { role: "admin" });
      const user = await createTestUser(server);
      const jar = new CookieJar();
      await signIn(server, jar, user);
      const [event] = (await callApi(server, jar, "GET", "/api/me/security-events")).json<{
        events: { id: string }[];
      }>().events;
      const report = `/api/me/security-events/${event?.id ?? ""}/report`;
      expect((await callApi(server, jar, "POST", report, {})).statusCode).toBe(200);

      const right = await signIn(server, new CookieJar(), user);
      expect(right.statusCode).toBe(423);
      expect(right.json<{ message: string }>().message).toBe(
        "Your account is locked because you reported activity on it that you did not recognize. Your IT administrator has been told: contact them to unlock it and choose a new password.",
      );
      const wrong = await signIn(server, new CookieJar(), { ...user, password: "guess" });
      const unknown = await signIn(server, new CookieJar(), { ...user, email: "no@example.com" });
      expect(observable(wrong)).toEqual(observable(unknown));

      const mails = await server.context.db
        .selectFrom("mail_outbox")
        .select(["recipient", "body"])
        .where("recipient", "in", [user.email, admin.email])
        .execute();
      expect(mails).toHaveLength(2);
      for (const mail of mails) {
        expect(mail.body).toContain("“Signed in” on ");
        expect(mail.body).not.toMatch(/sign_in\.|[a-z]+_[a-z]+\.[a-z]/);
      }
    });

    it("an employee with the right password in the admin portal is told it has no admin access — not a failed sign-in", async () => {
      const employee = await createTestUser(server);
      await signIn(server, new CookieJar(), { ...employee, password: "one wrong guess" });
      const jar = new CookieJar();
      await callApi(server, jar, "POST", "/api/auth/identify", {
        email: employee.email,
        portal: "admin",
      });
      const answer = await callApi(server, jar, "POST", "/api/auth/password", {
        password: employee.password,
      });
      expect(answer.statusCode).toBe(403);
      expect(answer.json()).toEqual({
        code: "ADMIN_REQUIRED",
        message:
          "This account has no admin access. Sign in to the user portal instead, or ask your IT administrator for access.",
      });
      expect(await auditReasons(employee)).toEqual(["wrong_password"]);
      const row = await server.context.db
        .selectFrom("users")
        .select("failed_attempts")
        .where("id", "=", employee.id)
        .executeTakeFirstOrThrow();
      expect(row.failed_attempts).toBe(0);
      expect((await callApi(server, jar, "GET", "/api/me")).statusCode).toBe(401);
    });

    it("a wrong password in the admin portal gets the unknown-address answer", async () => {
      const employee = await createTestUser(server);
      const answers = [];
      for (const email of [employee.email, "nobody-at-all@example.com"]) {
        const jar = new CookieJar();
        await callApi(server, jar, "POST", "/api/auth/identify", { email, portal: "admin" });
        answers.push(
          observable(await callApi(server, jar, "POST", "/api/auth/password", { password: "no" })),
        );
      }
      expect(answers[0]?.status).toBe(401);
      expect(answers[0]).toEqual(answers[1]);
    });
  });
}

describe("attempts on a locked account are still throttled per address", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer("sqlite", { config: { signInRateLimitPerMinute: 5 } });
    await setPolicy(server, "lockout", { threshold: 2, mode: "admin" });
  });
  afterAll(() => server.close());

  it("answers 429 once the address has spent its attempts, locked or not", async () => {
    const user = await createTestUser(server);
    const statuses = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const jar = new CookieJar();
      await server
        .request({
          method: "POST",
          url: "/api/auth/identify",
          remoteAddress: `198.51.100.${attempt + 1}`,
          headers: { origin: "http://localhost:4010", "content-type": "application/json" },
          payload: JSON.stringify({ email: user.email }),
        })
        .then((response) => jar.store(response));
      const password = await callApi(server, jar, "POST", "/api/auth/password", {
        password: attempt === 5 ? user.password : "wrong",
      });
      statuses.push(password.statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });
});

describe("the revealLocked setting is retired", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("a stored policy that still carries it reads without it, and setting it is refused with why", async () => {
    await server.context.db
      .insertInto("policies")
      .values({
        kind: "lockout",
        value: JSON.stringify({
          threshold: 7,
          mode: "temporary",
          durationMinutes: 15,
          revealLocked: false,
        }),
        updated_at: 0,
        updated_by: null,
      })
      .execute();
    await server.context.changes?.publish(changeTopics.policies);
    expect(await readPolicy(server.context.db, "lockout")).toEqual({
      threshold: 7,
      mode: "temporary",
      durationMinutes: 15,
    });
    const refused = await changePolicy(
      { db: server.context.db, now: server.clock.now(), actorId: null },
      "lockout",
      { revealLocked: true },
      announceNothing,
    );
    expect(refused).toEqual({
      ok: false,
      problem:
        "revealLocked was removed: a locked account is now told only to someone who enters its right password (see docs/admin.md)",
    });
  });
});
