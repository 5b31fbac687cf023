import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects } from "../fixtures/databases.ts";
import { codeFor, enrollTotp, signInWithCode, stepMs } from "../fixtures/mfa.ts";
import { oathtool, skipNote } from "../fixtures/system-tools.ts";
import {
  callApi,
  CookieJar,
  createTestUser,
  setPolicy,
  signIn,
  startTestServer,
  testOrigin,
  type TestServer,
} from "../fixtures/test-server.ts";

for (const dialect of dialects) {
  describe(`sign-in with an authenticator app on ${dialect}`, () => {
    let server: TestServer;

    beforeAll(async () => {
      server = await startTestServer(dialect);
    });
    afterAll(async () => {
      await server.close();
    });

    const enrolled = async () => enrollTotp(server, new CookieJar(), await createTestUser(server));

    it("asks for a code after the password and opens no session before it", async () => {
      const user = await enrolled();
      const jar = new CookieJar();
      const password = await signIn(server, jar, user);
      expect(password.json()).toEqual({ next: "mfa" });
      expect((await callApi(server, jar, "GET", "/api/me")).statusCode).toBe(401);
      const code = await callApi(server, jar, "POST", "/api/auth/mfa", {
        code: codeFor(server, user.secret),
      });
      expect(code.json()).toEqual({ next: "done" });
      expect((await callApi(server, jar, "GET", "/api/me")).statusCode).toBe(200);
    });

    it.skipIf(oathtool.skipReason !== undefined)(
      `accepts a code computed by Debian's oathtool at sign-in over real HTTP${skipNote(oathtool)}`,
      async () => {
        const user = await enrolled();
        const now = new Date(server.clock.now()).toISOString().replace("T", " ").slice(0, 19);
        const code = execFileSync("oathtool", ["--totp", "-b", `--now=${now} UTC`, user.secret])
          .toString()
          .trim();
        expect(code).toMatch(/^\d{6}$/);
        const address = await server.app.listen({ host: "127.0.0.1", port: 0 });
        // Listening stays on until the suite's server.close(); the other tests keep using inject().
        const cookies = new Map<string, string>();
        const call = async (path: string, body?: object) => {
          const response = await fetch(`${address}${path}`, {
            method: body === undefined ? "GET" : "POST",
            headers: {
              cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join("; "),
              ...(body === undefined
                ? {}
                : { origin: testOrigin, "content-type": "application/json" }),
            },
            ...(body === undefined ? {} : { body: JSON.stringify(body) }),
          });
          for (const header of response.headers.getSetCookie()) {
            const [pair = ""] = header.split(";");
            const [name = "", value = ""] = pair.split("=");
            cookies.set(name, value);
          }
          return response;
        };
        await call("/api/auth/identify", { email: user.email });
        expect(
          await (await call("/api/auth/password", { password: user.password })).json(),
        ).toEqual({
          next: "mfa",
        });
        const answer = await call("/api/auth/mfa", { code });
        expect(answer.status).toBe(200);
        expect(await answer.json()).toEqual({ next: "done" });
        expect((await call("/api/me")).status).toBe(200);
      },
    );

    it("refuses the same valid code the second time (replay)", async () => {
      const user = await enrolled();
      const code = codeFor(server, user.secret);
      expect((await signInWithCode(server, new CookieJar(), user, code)).statusCode).toBe(200);
      const again = await signInWithCode(server, new CookieJar(), user, code);
      expect(again.statusCode).toBe(401);
      expect(again.json()).toMatchObject({ code: "MFA_CODE_REPLAYED" });
    });

    it("lets exactly one of 20 parallel sign-ins with the same code through", async () => {
      // Replays count toward the lockout too; a high threshold keeps every refusal a replay.
      await setPolicy(server, "lockout", { threshold: 100 });
      const user = await enrolled();
      const jars = Array.from({ length: 20 }, () => new CookieJar());
      for (const jar of jars) {
        expect((await signIn(server, jar, user)).json()).toEqual({ next: "mfa" });
      }
      const code = codeFor(server, user.secret);
      const answers = await Promise.all(
        jars.map((jar) => callApi(server, jar, "POST", "/api/auth/mfa", { code })),
      );
      const statuses = answers.map((answer) => answer.statusCode);
      expect(statuses.filter((status) => status === 200)).toHaveLength(1);
      expect(
        answers
          .filter((answer) => answer.statusCode !== 200)
          .every((answer) => answer.json<{ code: string }>().code === "MFA_CODE_REPLAYED"),
      ).toBe(true);
      await setPolicy(server, "lockout", { threshold: 10 });
    });

    it("accepts only the current and the previous step among steps -2 … +2", async () => {
      const user = await enrolled();
      const accepted: number[] = [];
      for (const offset of [-2, -1, 0, 1, 2]) {
        server.clock.advance(5 * stepMs); // past every step accepted so far
        const answer = await signInWithCode(
          server,
          new CookieJar(),
          user,
          codeFor(server, user.secret, offset),
        );
        if (answer.statusCode === 200) {
          accepted.push(offset);
        } else {
          expect(answer.json()).toMatchObject({ code: "MFA_CODE_INVALID" });
        }
      }
      expect(accepted).toEqual([-1, 0]);
    });

    it("ends the sign-in attempt after 5 wrong codes", async () => {
      const user = await enrolled();
      const jar = new CookieJar();
      await signIn(server, jar, user);
      const wrong = codeFor(server, user.secret, 10);
      for (let attempt = 1; attempt <= 4; attempt += 1) {
        const answer = await callApi(server, jar, "POST", "/api/auth/mfa", { code: wrong });
        expect(answer.json()).toMatchObject({ code: "MFA_CODE_INVALID" });
      }
      const fifth = await callApi(server, jar, "POST", "/api/auth/mfa", { code: wrong });
      expect(fifth.json()).toMatchObject({ code: "MFA_TOO_MANY_ATTEMPTS" });
      const right = await callApi(server, jar, "POST", "/api/auth/mfa", {
        code: codeFor(server, user.secret),
      });
      expect(right.json()).toMatchObject({ code: "LOGIN_FLOW_EXPIRED" });
    });

    it("checks the lock before the code: a locked account finishes with neither a code nor a recovery code", async () => {
      await setPolicy(server, "lockout", { threshold: 3, mode: "admin" });
      try {
        const user = await enrolled();
        const flows = [new CookieJar(), new CookieJar(), new CookieJar()];
        for (const jar of flows) {
          expect((await signIn(server, jar, user)).json()).toEqual({ next: "mfa" });
        }
        // Wrong codes count toward the lockout; a right password does not reset the count.
        const wrong = codeFor(server, user.secret, 10);
        await callApi(server, flows[0] as CookieJar, "POST", "/api/auth/mfa", { code: wrong });
        await callApi(server, flows[0] as CookieJar, "POST", "/api/auth/mfa", { code: wrong });
        const third = await callApi(server, flows[1] as CookieJar, "POST", "/api/auth/mfa", {
          code: wrong,
        });
        expect(third.json()).toMatchObject({ code: "AUTH_LOCKED" });
        const withTotp = await callApi(server, flows[2] as CookieJar, "POST", "/api/auth/mfa", {
          code: codeFor(server, user.secret),
        });
        expect(withTotp.json()).toMatchObject({ code: "AUTH_LOCKED" });
        const locked = await signIn(server, new CookieJar(), user);
        expect(locked.json()).toMatchObject({ code: "AUTH_LOCKED" });
        const unused = await server.context.db
          .selectFrom("mfa_recovery_codes")
          .select("id")
          .where("user_id", "=", user.id)
          .where("used_at", "is", null)
          .execute();
        expect(unused).toHaveLength(10);
      } finally {
        await setPolicy(server, "lockout", { threshold: 10, mode: "temporary" });
      }
    });

    it("refuses a locked account's recovery code at the code step", async () => {
      const user = await enrolled();
      const jar = new CookieJar();
      await signIn(server, jar, user);
      await server.context.db
        .updateTable("users")
        .set({ locked_at: server.clock.now(), locked_until: null })
        .where("id", "=", user.id)
        .execute();
      const answer = await callApi(server, jar, "POST", "/api/auth/mfa", {
        code: user.recoveryCodes[0],
      });
      expect(answer.json()).toMatchObject({ code: "AUTH_LOCKED" });
      const codesLeft = await server.context.db
        .selectFrom("mfa_recovery_codes")
        .select("id")
        .where("user_id", "=", user.id)
        .where("used_at", "is", null)
        .execute();
      expect(codesLeft).toHaveLength(10);
    });

    it("audits every wrong code", async () => {
      const user = await enrolled();
      await signInWithCode(server, new CookieJar(), user, "000000");
      const failures = await server.context.db
        .selectFrom("audit_events")
        .select(["reason", "details"])
        .where("event", "=", "mfa.failed")
        .where("target_id", "=", user.id)
        .execute();
      expect(failures.length).toBeGreaterThanOrEqual(1);
      expect(failures[0]?.details).toContain("sign_in");
      expect(JSON.stringify(failures)).not.toContain(user.secret);
    });
  });
}
