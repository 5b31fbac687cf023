import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendExpiryReminders } from "../../server/passwords/expiry-reminders.ts";
import { createMailer } from "../../server/mail/mailer.ts";
import { dialects } from "../fixtures/databases.ts";
import {
  callApi,
  CookieJar,
  createTestUser,
  setPolicy,
  signIn,
  startTestServer,
  type TestServer,
} from "../fixtures/test-server.ts";

const day = 24 * 60 * 60 * 1000;

function outboxMailer(server: TestServer) {
  return createMailer({
    smtpUrl: undefined,
    from: "it@example.com",
    db: server.context.db,
    now: () => server.clock.now(),
    log: server.app.log,
  });
}

async function reminders(server: TestServer, email: string) {
  return server.context.db
    .selectFrom("mail_outbox")
    .select("subject")
    .where("recipient", "=", email)
    .orderBy("created_at")
    .execute();
}

for (const dialect of dialects) {
  describe(`password expiry on ${dialect}`, () => {
    let server: TestServer;

    beforeAll(async () => {
      server = await startTestServer(dialect);
    });
    afterAll(() => server.close());

    it("is off by default: no expiry date and no reminders", async () => {
      const user = await createTestUser(server);
      const jar = new CookieJar();
      await signIn(server, jar, user);
      expect((await callApi(server, jar, "GET", "/api/me")).json()).toMatchObject({
        passwordExpiresAt: null,
      });
      server.clock.advance(400 * day);
      expect(
        await sendExpiryReminders(server.context.db, outboxMailer(server), server.clock.now()),
      ).toBe(0);
    });

    it("mails once a day in the 7 days before expiry, idempotent across restarts and instances", async () => {
      await setPolicy(server, "password", { maxAgeDays: 30 });
      const user = await createTestUser(server);
      const sweep = () =>
        sendExpiryReminders(server.context.db, outboxMailer(server), server.clock.now());

      server.clock.advance(22 * day);
      expect(await sweep()).toBe(0); // 8 days left
      const perDay = [];
      for (let daysLeft = 7; daysLeft >= 1; daysLeft -= 1) {
        server.clock.advance(day);
        // Two instances (or a restart) sweeping the same hour send one mail between them.
        const [first, second] = await Promise.all([sweep(), sweep()]);
        const third = await sweep();
        perDay.push((first ?? 0) + (second ?? 0) + third);
      }
      expect(perDay).toEqual([1, 1, 1, 1, 1, 1, 1]);
      const subjects = (await reminders(server, user.email)).map((mail) => mail.subject);
      expect(subjects).toHaveLength(7);
      expect(subjects[0]).toMatch(/expires in 7 days/);
      expect(subjects[6]).toMatch(/expires in 1 day$/);
    });

    it("forces a change at the first sign-in after expiry", async () => {
      await setPolicy(server, "password", { maxAgeDays: 30 });
      const user = await createTestUser(server);
      server.clock.advance(30 * day);
      const jar = new CookieJar();
      expect((await signIn(server, jar, user)).json()).toEqual({ next: "change_password" });
      const change = await callApi(server, jar, "POST", "/api/me/password", {
        currentPassword: user.password,
        newPassword: "renewed orchard lantern",
      });
      expect(change.statusCode).toBe(204);
      const me = await callApi(server, jar, "GET", "/api/me");
      expect(me.json()).toMatchObject({
        mustChangePassword: false,
        passwordExpiresAt: new Date(server.clock.now() + 30 * day).toISOString(),
        passwordReminderDays: 7, // the portal's banner starts with the reminder mails
      });
      await setPolicy(server, "password", { maxAgeDays: 0 });
    });
  });
}
