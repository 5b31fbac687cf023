// Sign-in approval on the desktop app (issue 17), the races and "This wasn't me", over the real
// routes on both databases: of two approvals exactly one wins, an approval against a report
// likewise, and a report denies the request, locks the account, ends sessions and mails.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dialects } from "../fixtures/databases.ts";
import {
  answerWith,
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
  describe(`push approval races and reports (${dialect})`, () => {
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

    it("of two approvals at once exactly one wins", async () => {
      const { jar, prompt } = await startPushSignIn(server, user);
      const [event] = await inboxOf(server, desktop);
      if (event === undefined || prompt.number === null) {
        throw new Error("no request reached the app");
      }
      const answers = await Promise.all([
        answerWith(server, desktop, event, prompt.number),
        answerWith(server, desktop, event, prompt.number),
      ]);
      expect(answers.filter((answer) => answer.statusCode === 200)).toHaveLength(1);
      expect(answers.filter((answer) => answer.statusCode !== 200)).toHaveLength(1);
      expect(await auditOf("push.approved")).toHaveLength(1);
      expect((await waitInBrowser(server, jar)).json<BrowserPrompt>().next).toBe("done");
    });

    it('approve against "This wasn\'t me": exactly one wins, and a report locks the account', async () => {
      const { jar, prompt } = await startPushSignIn(server, user);
      const [event] = await inboxOf(server, desktop);
      if (event === undefined || prompt.number === null) {
        throw new Error("no request reached the app");
      }
      const [approved, reported] = await Promise.all([
        answerWith(server, desktop, event, prompt.number),
        reportRequest(server, desktop, event.id),
      ]);
      expect(
        [approved.statusCode, reported.statusCode].filter((code) => code === 200),
      ).toHaveLength(1);
      const browser = await waitInBrowser(server, jar);
      if (reported.statusCode === 200) {
        expect(browser.json<BrowserPrompt>().prompt).toMatchObject({
          status: "denied",
          denyReason: "reported",
        });
        const user_ = await server.context.db
          .selectFrom("users")
          .select("lock_reason")
          .where("id", "=", user.id)
          .executeTakeFirstOrThrow();
        expect(user_.lock_reason).toBe("reported_compromise");
        // The sign-in is over: the next look finds no flow.
        expect((await waitInBrowser(server, jar)).json()).toMatchObject({
          code: "LOGIN_FLOW_EXPIRED",
        });
      } else {
        expect(browser.json<BrowserPrompt>().next).toBe("done");
      }
    });

    it('"This wasn\'t me" denies, locks the account, ends every session and tells user and admins', async () => {
      const signedInElsewhere = new CookieJar();
      await callApi(server, signedInElsewhere, "POST", "/api/auth/identify", { email: user.email });
      const { jar } = await startPushSignIn(server, user);
      const [event] = await inboxOf(server, desktop);
      expect((await reportRequest(server, desktop, event?.id ?? "")).json()).toEqual({
        outcome: "reported",
      });
      const seen = (await waitInBrowser(server, jar)).json<BrowserPrompt>().prompt;
      expect(seen).toMatchObject({
        status: "denied",
        denyReason: "reported",
        canRetry: false,
        codeAvailable: false,
      });
      const sessions = await server.context.db
        .selectFrom("sessions")
        .select("id")
        .where("user_id", "=", user.id)
        .execute();
      expect(sessions).toEqual([]);
      const mail = await server.context.db.selectFrom("mail_outbox").select(["subject"]).execute();
      expect(mail.map((row) => row.subject)).toContain(
        "We locked your Gatehouse account to protect it",
      );
      const [compromise] = await server.context.db
        .selectFrom("audit_events")
        .select("details")
        .where("event", "=", "account.reported_compromise")
        .execute();
      expect(JSON.parse(compromise?.details ?? "{}")).toMatchObject({
        reportedEvent: "push.requested",
      });
    });
  });
}
