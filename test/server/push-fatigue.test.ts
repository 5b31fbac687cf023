// Push fatigue protection and delivery across instances (issue 17), on both databases: at most
// N requests per user in 10 minutes, a pause after three denials in a row (counted atomically),
// the code path offered instead, and a request created on one instance answered on another.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dialects } from "../fixtures/databases.ts";
import { enrollTotp } from "../fixtures/mfa.ts";
import {
  answerWith,
  askInbox,
  enrollDesktopApp,
  inboxOf,
  startPushSignIn,
  waitInBrowser,
  type BrowserPrompt,
  type DesktopApp,
} from "../fixtures/push.ts";
import { recordPushDenial } from "../../server/auth/push/push-state.ts";
import { readPolicy } from "../../server/policies/policy-store.ts";
import type { PushRequestEvent } from "../../server/schemas/push.ts";
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

for (const dialect of dialects) {
  describe(`push fatigue protection (${dialect})`, () => {
    let server: TestServer;
    let user: TestUser;
    let desktop: DesktopApp;

    const countEvents = async (event: string) =>
      (
        await server.context.db
          .selectFrom("audit_events")
          .select("id")
          .where("event", "=", event)
          .where("target_id", "=", user.id)
          .execute()
      ).length;

    /** One sign-in answered with a number that is not the browser's. */
    const denyOnce = async () => {
      const { prompt } = await startPushSignIn(server, user);
      const event = (await inboxOf(server, desktop)).find((request) =>
        request.choices.some((choice) => choice.number === prompt.number),
      );
      const wrong = event?.choices.find((choice) => choice.number !== prompt.number);
      if (event === undefined || wrong === undefined) {
        throw new Error("no request reached the app");
      }
      return answerWith(server, desktop, event, wrong.number);
    };

    beforeEach(async () => {
      server = await startTestServer(dialect);
      await setPolicy(server, "deviceLogin", { mode: "on" });
      user = await createTestUser(server);
      desktop = await enrollDesktopApp(server, user);
      await setPolicy(server, "push", {
        mode: "allowed",
        maxRequestsPerTenMinutes: 2,
        pauseMinutes: 30,
      });
    });

    afterEach(async () => {
      await server.close();
    });

    it("with push off, a user whose only factor would be push signs in with the password", async () => {
      await setPolicy(server, "push", { mode: "off" });
      const jar = new CookieJar();
      expect((await signIn(server, jar, user)).json()).toEqual({ next: "done" });
    });

    it("past the policy's number of requests in 10 minutes no request is sent until the window moves", async () => {
      expect((await startPushSignIn(server, user)).prompt.status).toBe("pending");
      expect((await startPushSignIn(server, user)).prompt.status).toBe("pending");
      const third = await startPushSignIn(server, user);
      expect(third.next).toBe("push");
      expect(third.prompt).toMatchObject({ status: "limited", number: null, canRetry: false });
      expect(await inboxOf(server, desktop)).toHaveLength(2);
      expect(await countEvents("push.limited")).toBe(1);
      const resend = await callApi(server, third.jar, "POST", "/api/auth/push/resend", {});
      expect(resend.json()).toMatchObject({ code: "PUSH_LIMITED" });

      server.clock.advance(10 * 60_000 + 1);
      expect((await startPushSignIn(server, user)).prompt.status).toBe("pending");
    });

    it("a user with an authenticator app over the limit is asked for a code instead", async () => {
      const jar = new CookieJar();
      const withCode = await createTestUser(server);
      await enrollTotp(server, jar, withCode);
      await enrollDesktopApp(server, withCode, jar);
      expect((await startPushSignIn(server, withCode)).next).toBe("push");
      expect((await startPushSignIn(server, withCode)).next).toBe("push");
      expect((await signIn(server, new CookieJar(), withCode)).json()).toEqual({ next: "mfa" });
    });

    it("three denials in a row pause push for the policy's time; the browser is told until when", async () => {
      await setPolicy(server, "push", { maxRequestsPerTenMinutes: 20 });
      expect((await denyOnce()).json()).toMatchObject({ outcome: "denied" });
      expect((await denyOnce()).json()).toMatchObject({ outcome: "denied" });
      expect((await denyOnce()).json()).toMatchObject({ outcome: "denied" });
      expect(await countEvents("push.paused")).toBe(1);
      const paused = await startPushSignIn(server, user);
      expect(paused.prompt).toMatchObject({ status: "paused", canRetry: false });
      expect(Date.parse(paused.prompt.pausedUntil ?? "")).toBe(server.clock.now() + 30 * 60_000);
      expect(await inboxOf(server, desktop)).toEqual([]);

      server.clock.advance(30 * 60_000);
      expect((await startPushSignIn(server, user)).prompt.status).toBe("pending");
    });

    it("an approval in between starts the count of denials again", async () => {
      await setPolicy(server, "push", { maxRequestsPerTenMinutes: 20 });
      await denyOnce();
      await denyOnce();
      const { jar, prompt } = await startPushSignIn(server, user);
      const event = (await inboxOf(server, desktop)).find((request) =>
        request.choices.some((choice) => choice.number === prompt.number),
      );
      expect((await answerWith(server, desktop, event!, prompt.number ?? 0)).statusCode).toBe(200);
      expect((await waitInBrowser(server, jar)).json<BrowserPrompt>().next).toBe("done");
      await denyOnce();
      expect(await countEvents("push.paused")).toBe(0);
      expect((await startPushSignIn(server, user)).prompt.status).toBe("pending");
    });

    it("denials counted at the same time pause push exactly once", async () => {
      // One Touch ID answers at a time, but denials of one user may come from several devices
      // and instances at once: the count is one atomic statement (auth/push/push-state.ts).
      const policy = await readPolicy(server.context.db, "push");
      const now = server.clock.now();
      const outcomes = await Promise.all(
        [1, 2, 3].map(() => recordPushDenial(server.context.db, user.id, policy, now)),
      );
      expect(outcomes.filter((outcome) => outcome.pausedUntil !== null)).toHaveLength(1);
      expect((await startPushSignIn(server, user)).prompt.status).toBe("paused");
    });
  });

  describe(`push across two instances (${dialect})`, () => {
    let first: TestServer;
    let second: TestServer;
    let user: TestUser;
    let desktop: DesktopApp;

    beforeEach(async () => {
      first = await startTestServer(dialect);
      second = await startTestServer(dialect, {
        sharedDatabase: first.database,
        clock: first.clock,
      });
      await setPolicy(first, "deviceLogin", { mode: "on" });
      await setPolicy(first, "push", { mode: "allowed" });
      user = await createTestUser(first);
      desktop = await enrollDesktopApp(first, user);
    });

    afterEach(async () => {
      await second.close();
      await first.close();
    });

    it("the app waiting on one instance gets a request made on the other, and its approval wakes the browser waiting there", async () => {
      // The app asks instance 2 and waits; the browser signs in on instance 1.
      const waitingApp = askInbox(second, desktop, 20);
      const jar = new CookieJar();
      expect((await signIn(first, jar, user)).json()).toEqual({ next: "push" });
      const delivered = (await waitingApp).json<{ requests: PushRequestEvent[] }>().requests;
      expect(delivered).toHaveLength(1);
      const shown = (await waitInBrowser(first, jar)).json<BrowserPrompt>().prompt;
      const [event] = delivered;

      // The browser waits on instance 1; the app answers on instance 2.
      const waitingBrowser = waitInBrowser(first, jar, 20);
      const approved = await answerWith(second, desktop, event!, shown.number ?? 0);
      expect(approved.json()).toEqual({ outcome: "approved" });
      const signedIn = await waitingBrowser;
      expect(signedIn.json<BrowserPrompt>().next).toBe("done");
      const session = await callApi(first, jar, "GET", "/api/auth/session");
      expect(session.json<{ email: string }>().email).toBe(user.email);
    });
  });
}
