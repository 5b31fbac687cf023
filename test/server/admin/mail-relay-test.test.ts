// The console's mail relay test against a real SMTP peer (smtp-server), on both databases: the
// test mail reaches the relay for the admin's own address or a typed one; a relay that refuses
// the recipient, one that refuses the credentials and one nobody listens on are each reported in
// words with what the relay said; every test is audited; it is for admins and rate-limited.
import type { AddressInfo } from "node:net";
import { text } from "node:stream/consumers";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mailTestsPerMinute } from "../../../server/routes/admin/settings.ts";
import { dialects } from "../../fixtures/databases.ts";
import {
  callApi,
  CookieJar,
  createTestUser,
  signIn,
  startTestServer,
  type TestServer,
  type TestUser,
} from "../../fixtures/test-server.ts";

type Received = { to: string[]; data: string };

let smtp: SMTPServer;
let port = 0;
const received: Received[] = [];

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onAuth(auth, _session, callback) {
      callback(
        auth.username === "good" ? null : new Error("535 5.7.8 Authentication credentials invalid"),
        { user: auth.username },
      );
    },
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith("refused")) {
        const refusal = Object.assign(new Error("Relaying denied for this recipient"), {
          responseCode: 550,
        });
        callback(refusal);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      void text(stream).then((data) => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  port = (smtp.server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())));

const audited = (server: TestServer) =>
  server.context.db
    .selectFrom("audit_events")
    .select(["details", "actor_id"])
    .where("event", "=", "settings.mail_tested")
    .execute();

for (const dialect of dialects) {
  describe(`mail relay test (${dialect})`, () => {
    let server: TestServer;
    let admin: TestUser;
    const jar = new CookieJar();

    beforeAll(async () => {
      server = await startTestServer(dialect, {
        config: { smtpUrl: `smtp://127.0.0.1:${port}`, mailFrom: "it@example.com" },
      });
      admin = await createTestUser(server, { role: "admin" });
      expect((await signIn(server, jar, admin)).statusCode).toBe(200);
    });
    afterAll(() => server.close());

    it("sends to the admin's own address, and to a typed one", async () => {
      received.length = 0;
      const own = await callApi(server, jar, "POST", "/api/admin/settings/mail-test", {});
      expect(own.json()).toEqual({ ok: true, to: admin.email, delivery: "smtp" });
      const typed = await callApi(server, jar, "POST", "/api/admin/settings/mail-test", {
        to: "helpdesk@example.com",
      });
      expect(typed.json()).toEqual({ ok: true, to: "helpdesk@example.com", delivery: "smtp" });
      const mails = received.filter((mail) =>
        [admin.email, "helpdesk@example.com"].includes(mail.to[0] ?? ""),
      );
      expect(mails.map((mail) => mail.to[0])).toEqual([admin.email, "helpdesk@example.com"]);
      expect(mails[0]?.data).toContain("Subject: Gatehouse test mail");
      expect(mails[0]?.data).toContain(admin.email);
    });

    it("reports a recipient the relay refuses, with the relay's words, and audits it", async () => {
      const refused = await callApi(server, jar, "POST", "/api/admin/settings/mail-test", {
        to: "refused@example.com",
      });
      expect(refused.statusCode).toBe(200);
      expect(refused.json()).toMatchObject({ ok: false, problem: "refused" });
      expect(refused.json<{ relayMessage: string }>().relayMessage).toContain("Relaying denied");
      const events = await audited(server);
      expect(events).toHaveLength(3);
      expect(events.map((event) => JSON.parse(event.details ?? "{}") as object)).toEqual(
        expect.arrayContaining([
          { to: admin.email, outcome: "sent" },
          { to: "helpdesk@example.com", outcome: "sent" },
          expect.objectContaining({
            to: "refused@example.com",
            outcome: "failed",
            problem: "refused",
          }),
        ]),
      );
      expect(events.every((event) => event.actor_id === admin.id)).toBe(true);
    });

    it("refuses a malformed address with a field message, and limits the tests per minute", async () => {
      const bad = await callApi(server, jar, "POST", "/api/admin/settings/mail-test", {
        to: "not an address",
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json()).toMatchObject({ code: "VALIDATION_FAILED", field: "to" });
      server.clock.advance(60_000);
      const answers: number[] = [];
      for (let attempt = 0; attempt <= mailTestsPerMinute; attempt += 1) {
        answers.push(
          (await callApi(server, jar, "POST", "/api/admin/settings/mail-test", {})).statusCode,
        );
      }
      expect(answers).toEqual([...Array<number>(mailTestsPerMinute).fill(200), 429]);
    });

    it("is not for employees", async () => {
      const employee = new CookieJar();
      await signIn(server, employee, await createTestUser(server));
      const answer = await callApi(server, employee, "POST", "/api/admin/settings/mail-test", {});
      expect(answer.statusCode).toBe(403);
    });
  });
}

describe("mail relay test against relays that fail", () => {
  const cases = [
    {
      name: "refuses the credentials",
      url: () => `smtp://bad:secret@127.0.0.1:${port}`,
      problem: "authentication",
    },
    { name: "nobody listens on", url: () => "smtp://127.0.0.1:1", problem: "unreachable" },
  ];
  for (const { name, url, problem } of cases) {
    it(`reports a relay that ${name}`, async () => {
      const server = await startTestServer("sqlite", {
        config: { smtpUrl: url(), mailFrom: "it@example.com" },
      });
      try {
        const jar = new CookieJar();
        await signIn(server, jar, await createTestUser(server, { role: "admin" }));
        const answer = await callApi(server, jar, "POST", "/api/admin/settings/mail-test", {});
        expect(answer.json()).toMatchObject({ ok: false, problem });
        const said = answer.json<{ relayMessage: string }>().relayMessage;
        expect(said.length).toBeGreaterThan(0);
        expect(said).not.toContain("secret"); // the relay's password never reaches the screen
      } finally {
        await server.close();
      }
    });
  }
});
