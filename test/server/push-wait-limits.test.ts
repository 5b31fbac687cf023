// The browser's wait at the push step has a limit of its own, per pending sign-in
// (plugins/rate-limit.ts): a browser waiting for the desktop app is never throttled, however
// long it waits and however many browsers share its address, while password guessing from that
// same address still meets the per-address sign-in limit — and a runaway page stops at its own.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pushWaitsPerSignInPerMinute } from "../../server/routes/auth/push-sign-in.ts";
import { dialects } from "../fixtures/databases.ts";
import { enrollDesktopApp, startPushSignIn, waitInBrowser } from "../fixtures/push.ts";
import {
  callApi,
  CookieJar,
  createTestUser,
  setPolicy,
  startTestServer,
  type TestServer,
  type TestUser,
} from "../fixtures/test-server.ts";

const signInLimit = 3;
const aMinute = 60_001;

for (const dialect of dialects) {
  describe(`the browser's push wait limit (${dialect})`, () => {
    let server: TestServer;
    let first: TestUser;
    let second: TestUser;
    let victim: TestUser;

    /** Each setup sign-in in a minute of its own, under the low per-address limit. */
    async function enroll(user: TestUser) {
      await enrollDesktopApp(server, user);
      server.clock.advance(aMinute);
    }

    async function guessPassword(email: string) {
      const jar = new CookieJar();
      await callApi(server, jar, "POST", "/api/auth/identify", { email });
      return callApi(server, jar, "POST", "/api/auth/password", { password: "wrong guess 1234" });
    }

    beforeAll(async () => {
      server = await startTestServer(dialect, {
        config: { signInRateLimitPerMinute: signInLimit },
      });
      await setPolicy(server, "deviceLogin", { mode: "on" });
      await setPolicy(server, "push", { mode: "allowed", maxRequestsPerTenMinutes: 20 });
      first = await createTestUser(server);
      second = await createTestUser(server);
      victim = await createTestUser(server);
      await enroll(first);
      await enroll(second);
    });
    afterAll(() => server.close());

    it("lets two browsers at one address wait for two minutes while guesses from it are throttled", async () => {
      const one = await startPushSignIn(server, first);
      const two = await startPushSignIn(server, second);
      expect([one.next, two.next]).toEqual(["push", "push"]);
      const waits: number[] = [];
      const guesses: number[] = [];
      // Every 10 s for two minutes, as the sign-in page asks, both browsers wait and someone at
      // the same address guesses a password.
      for (let elapsed = 0; elapsed <= 120_000; elapsed += 10_000) {
        for (const jar of [one.jar, two.jar]) {
          waits.push((await waitInBrowser(server, jar)).statusCode);
          waits.push((await waitInBrowser(server, jar)).statusCode);
        }
        guesses.push((await guessPassword(victim.email)).statusCode);
        server.clock.advance(10_000);
      }
      expect(waits.length).toBe(52);
      expect(waits.every((status) => status === 200)).toBe(true);
      expect(guesses.filter((status) => status === 429).length).toBeGreaterThan(guesses.length / 2);
      // Each new minute lets a few guesses through to the password check, no more.
      expect(guesses).toContain(401);
    });

    it("stops a runaway page on its own sign-in, not another browser's wait at that address", async () => {
      server.clock.advance(aMinute);
      const runaway = await startPushSignIn(server, first);
      server.clock.advance(aMinute);
      const patient = await startPushSignIn(server, second);
      const statuses: number[] = [];
      for (let index = 0; index <= pushWaitsPerSignInPerMinute; index += 1) {
        statuses.push((await waitInBrowser(server, runaway.jar)).statusCode);
      }
      expect(statuses.slice(0, pushWaitsPerSignInPerMinute - 1).every((s) => s === 200)).toBe(true);
      expect(statuses.at(-1)).toBe(429);
      expect((await waitInBrowser(server, patient.jar)).statusCode).toBe(200);
    });
  });
}
