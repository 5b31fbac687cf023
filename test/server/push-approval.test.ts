// Sign-in approval on the desktop app (issue 17), over the real routes on both databases: the
// number matching journey, a wrong number, expiry, another user's device, an abandoned sign-in,
// and the lock checked first. The races and "This wasn't me" are in push-races.test.ts.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dialects } from "../fixtures/databases.ts";
import { enrollTotp } from "../fixtures/mfa.ts";
import {
  answerWith,
  askInbox,
  enrollDesktopApp,
  inboxOf,
  reportRequest,
  startPushSignIn,
  waitInBrowser,
  type BrowserPrompt,
  type DesktopApp,
} from "../fixtures/push.ts";
import {
  callApi,
  CookieJar,
  createTestUser,
  setPolicy,
  startTestServer,
  type TestServer,
  type TestUser,
} from "../fixtures/test-server.ts";

for (const dialect of dialects) {
  describe(`push approval (${dialect})`, () => {
    let server: TestServer;
    let user: TestUser;
    let desktop: DesktopApp;

    const auditOf = (event: string) =>
      server.context.db
        .selectFrom("audit_events")
        .select(["reason", "details"])
        .where("event", "=", event)
        .where("target_id", "=", user.id)
        .execute();
    const wrongNumberOf = (right: number, choices: { number: number }[]) =>
      choices.map((choice) => choice.number).find((number) => number !== right) ?? 0;

    beforeEach(async () => {
      server = await startTestServer(dialect);
      await setPolicy(server, "deviceLogin", { mode: "on" });
      await setPolicy(server, "push", { mode: "allowed" });
      user = await createTestUser(server);
      desktop = await enrollDesktopApp(server, user);
    });

    afterEach(async () => {
      await server.close();
    });

    it("the browser shows a number, the app offers it among three, and picking it signs the browser in", async () => {
      const { jar, next, prompt } = await startPushSignIn(server, user);
      expect(next).toBe("push");
      expect(prompt).toMatchObject({ status: "pending", devices: [`Laptop of ${user.email}`] });
      expect(prompt.number).toBeGreaterThanOrEqual(10);
      expect(prompt.number).toBeLessThanOrEqual(99);

      const [event] = await inboxOf(server, desktop);
      expect(event?.user.email).toBe(user.email);
      expect(event?.choices.map((choice) => choice.number)).toContain(prompt.number);
      expect(new Set(event?.choices.map((choice) => choice.number)).size).toBe(3);
      if (event === undefined || prompt.number === null) {
        throw new Error("no request reached the app");
      }
      const approved = await answerWith(server, desktop, event, prompt.number);
      expect(approved.json()).toEqual({ outcome: "approved" });

      const signedIn = await waitInBrowser(server, jar);
      expect(signedIn.json<BrowserPrompt>()).toMatchObject({ next: "done" });
      const session = await callApi(server, jar, "GET", "/api/auth/session");
      expect(session.json<{ email: string }>().email).toBe(user.email);
      expect(await inboxOf(server, desktop)).toEqual([]);
      expect(await auditOf("push.approved")).toHaveLength(1);
      // The desktop app's own password sign-in is audited too, at the same clock time: no order.
      const methods = (await auditOf("sign_in.succeeded")).map(
        (row) => (JSON.parse(row.details ?? "{}") as { method?: string }).method,
      );
      expect(methods.filter((method) => method === "push")).toHaveLength(1);
    });

    it("a wrong number denies the request, is audited, and the browser may send another", async () => {
      const { jar, prompt } = await startPushSignIn(server, user);
      const [event] = await inboxOf(server, desktop);
      if (event === undefined || prompt.number === null) {
        throw new Error("no request reached the app");
      }
      const denied = await answerWith(
        server,
        desktop,
        event,
        wrongNumberOf(prompt.number, event.choices),
      );
      expect(denied.json()).toEqual({ outcome: "denied", reason: "wrong_number" });
      const seen = (await waitInBrowser(server, jar)).json<BrowserPrompt>();
      expect(seen.prompt).toMatchObject({
        status: "denied",
        denyReason: "wrong_number",
        canRetry: true,
      });
      expect(jar.get("gh_session")).toBeUndefined();
      expect((await auditOf("push.denied")).map((row) => row.reason)).toEqual(["wrong_number"]);

      const again = await callApi(server, jar, "POST", "/api/auth/push/resend", {});
      expect(again.json<BrowserPrompt>().prompt.status).toBe("pending");
      expect(await inboxOf(server, desktop)).toHaveLength(1);
    });

    it("a number that is not among the three, or an assertion without user verification, answers nothing", async () => {
      const { prompt } = await startPushSignIn(server, user);
      const [event] = await inboxOf(server, desktop);
      if (event === undefined || prompt.number === null) {
        throw new Error("no request reached the app");
      }
      const offered = event.choices.map((choice) => choice.number);
      const outside = [10, 11, 12, 13].find((number) => !offered.includes(number)) ?? 0;
      expect((await answerWith(server, desktop, event, outside)).json()).toMatchObject({
        code: "PUSH_NUMBER_INVALID",
      });
      const noUv = await answerWith(server, desktop, event, prompt.number, { userVerified: false });
      expect(noUv.json()).toMatchObject({ code: "PASSKEY_INVALID" });
      // The right number with the assertion made over another number's challenge.
      const other = event.choices.find((choice) => choice.number !== prompt.number);
      const crossed = await answerWith(server, desktop, event, prompt.number, {
        challenge: other?.challenge ?? "",
      });
      expect(crossed.json()).toMatchObject({ code: "PASSKEY_INVALID" });
      expect(await inboxOf(server, desktop)).toHaveLength(1);
    });

    it("a request expires after 2 minutes: the answer is refused and the browser may send another", async () => {
      const { jar, prompt } = await startPushSignIn(server, user);
      const [event] = await inboxOf(server, desktop);
      if (event === undefined || prompt.number === null) {
        throw new Error("no request reached the app");
      }
      server.clock.advance(2 * 60_000);
      expect(await inboxOf(server, desktop)).toEqual([]);
      const late = await answerWith(server, desktop, event, prompt.number);
      expect(late.json()).toMatchObject({ code: "PUSH_REQUEST_ENDED" });
      const seen = (await waitInBrowser(server, jar)).json<BrowserPrompt>().prompt;
      expect(seen).toMatchObject({ status: "expired", canRetry: true, number: null });
    });

    it("another user's desktop app neither sees nor answers the request", async () => {
      await setPolicy(server, "push", { mode: "allowed" });
      const other = await createTestUser(server);
      const otherDesktop = await enrollDesktopApp(server, other);
      const { jar, prompt } = await startPushSignIn(server, user);
      expect(await inboxOf(server, otherDesktop)).toEqual([]);
      const [event] = await inboxOf(server, desktop);
      if (event === undefined || prompt.number === null) {
        throw new Error("no request reached the app");
      }
      const foreign = await answerWith(server, otherDesktop, event, prompt.number);
      expect(foreign.json()).toMatchObject({ code: "PUSH_OTHER_DEVICE" });
      expect((await reportRequest(server, otherDesktop, event.id)).json()).toMatchObject({
        code: "PUSH_OTHER_DEVICE",
      });
      expect((await auditOf("push.answer_refused")).map((row) => row.reason)).toEqual([
        "other_device",
        "other_device",
      ]);
      expect((await waitInBrowser(server, jar)).json<BrowserPrompt>().prompt.status).toBe(
        "pending",
      );
    });

    it("an abandoned sign-in's request is refused: the browser switched to a code", async () => {
      const withCode = await createTestUser(server);
      const jar = new CookieJar();
      await enrollTotp(server, jar, withCode);
      const codeDesktop = await enrollDesktopApp(server, withCode, jar);
      const { jar: browser, prompt } = await startPushSignIn(server, withCode);
      expect(prompt).toMatchObject({ status: "pending", codeAvailable: true });
      const [event] = await inboxOf(server, codeDesktop);
      const switched = await callApi(server, browser, "POST", "/api/auth/push/use-code", {});
      expect(switched.json()).toEqual({ next: "mfa" });
      expect(await inboxOf(server, codeDesktop)).toEqual([]);
      if (event === undefined || prompt.number === null) {
        throw new Error("no request reached the app");
      }
      const late = await answerWith(server, codeDesktop, event, prompt.number);
      expect(late.json()).toMatchObject({ code: "PUSH_REQUEST_ENDED" });
    });

    it("a request whose sign-in expired is refused, and a device proof is required to ask", async () => {
      const { prompt } = await startPushSignIn(server, user);
      const [event] = await inboxOf(server, desktop);
      await server.context.db.deleteFrom("login_flows").execute(); // the browser went away
      if (event === undefined || prompt.number === null) {
        throw new Error("no request reached the app");
      }
      expect((await answerWith(server, desktop, event, prompt.number)).json()).toMatchObject({
        code: "PUSH_REQUEST_ENDED",
      });
      const unsigned = await callApi(server, new CookieJar(), "POST", "/api/push/inbox", {
        deviceProof: { deviceId: desktop.deviceId, challenge: "A".repeat(43), signature: "AAAA" },
      });
      expect(unsigned.json()).toMatchObject({ code: "DEVICE_PROOF_INVALID" });
      expect((await askInbox(server, desktop)).statusCode).toBe(200);
    });

    it("a locked account cannot approve, and an approval does not sign in an account locked since", async () => {
      const { jar, prompt } = await startPushSignIn(server, user);
      const [event] = await inboxOf(server, desktop);
      if (event === undefined || prompt.number === null) {
        throw new Error("no request reached the app");
      }
      const lock = (at: number | null) =>
        server.context.db
          .updateTable("users")
          .set({
            locked_at: at,
            locked_until: null,
            lock_reason: at === null ? null : "failed_attempts",
          })
          .where("id", "=", user.id)
          .execute();
      await lock(server.clock.now());
      expect((await answerWith(server, desktop, event, prompt.number)).json()).toMatchObject({
        code: "AUTH_LOCKED",
      });
      await lock(null);
      expect((await answerWith(server, desktop, event, prompt.number)).json()).toEqual({
        outcome: "approved",
      });
      await lock(server.clock.now());
      expect((await waitInBrowser(server, jar)).json()).toMatchObject({ code: "AUTH_LOCKED" });
      expect(jar.get("gh_session")).toBeUndefined();
    });
  });
}
