// The desktop app's long polls have a limit of their own, per device (plugins/rate-limit.ts):
// an office of laptops behind one address never meets the per-address sign-in limit, and a
// runaway or hostile client naming one device is stopped without touching another device.
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchPushInbox } from "../../main/core/push-inbox.ts";
import { pushPollsPerDevicePerMinute } from "../../server/routes/push/approvals.ts";
import { dialects } from "../fixtures/databases.ts";
import { enrollDesktopApp, type DesktopApp } from "../fixtures/push.ts";
import {
  createTestUser,
  setPolicy,
  startTestServer,
  testOrigin,
  type TestServer,
} from "../fixtures/test-server.ts";

const signInLimit = 8;

for (const dialect of dialects) {
  describe(`the desktop app's long poll limits (${dialect})`, () => {
    let server: TestServer;
    let first: DesktopApp;
    let second: DesktopApp;
    const calls: { path: string; status: number }[] = [];

    /** Fastify's inject behind fetch, recording each call's path and status. */
    const injectFetch = async (url: string, init: RequestInit): Promise<Response> => {
      const { pathname } = new URL(url);
      const answer: LightMyRequestResponse = await server.request({
        method: "POST",
        url: pathname,
        headers: Object.fromEntries(new Headers(init.headers).entries()),
        payload: typeof init.body === "string" ? init.body : "",
      });
      calls.push({ path: pathname, status: answer.statusCode });
      return new Response(answer.body, { status: answer.statusCode });
    };

    /**
     * Polls up to `times` times in a row, each with the challenge the last answer handed out;
     * stops at the first refusal (the app's watch then backs off).
     */
    async function poll(desktop: DesktopApp, times: number) {
      let challenge: string | undefined;
      const answers = [];
      for (let index = 0; index < times; index += 1) {
        const answer = await fetchPushInbox({
          store: desktop.store,
          portalOrigin: testOrigin,
          known: [],
          waitSeconds: 0,
          challenge,
          fetch: injectFetch,
        });
        answers.push(answer.ok);
        if (!answer.ok) {
          break;
        }
        challenge = answer.nextChallenge;
      }
      return answers;
    }

    beforeAll(async () => {
      server = await startTestServer(dialect, {
        config: { signInRateLimitPerMinute: signInLimit },
      });
      await setPolicy(server, "deviceLogin", { mode: "on" });
      await setPolicy(server, "push", { mode: "allowed" });
      first = await enrollDesktopApp(server, await createTestUser(server));
      second = await enrollDesktopApp(server, await createTestUser(server));
    });
    afterAll(() => server.close());

    it("polls far past the sign-in limit, asking for a device challenge only once", async () => {
      calls.length = 0;
      const answers = await poll(first, signInLimit * 3);
      expect(answers.every(Boolean)).toBe(true);
      expect(calls.filter((call) => call.path === "/api/devices/challenge")).toHaveLength(1);
    });

    it("stops one device past its own limit, while another device at the same address polls on", async () => {
      calls.length = 0;
      // The first test's polls count too: this runs past the limit and stops at the refusal.
      const answers = await poll(first, pushPollsPerDevicePerMinute);
      expect(answers.at(-1)).toBe(false);
      expect(calls.some((call) => call.path === "/api/push/inbox" && call.status === 429)).toBe(
        true,
      );
      expect(await poll(second, 3)).toEqual([true, true, true]);
    });
  });
}
