// The user's language lives on the server (docs/design.md §10): they choose it in the portal,
// mails follow it, and the organization's default speaks for everyone who chose none — on
// SQLite and PostgreSQL alike.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

describe.each(dialects)("languages on %s", (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(() => server.close());

  const lastMail = async (to: string) =>
    server.context.db
      .selectFrom("mail_outbox")
      .select(["subject", "body"])
      .where("recipient", "=", to)
      .orderBy("created_at", "desc")
      .executeTakeFirstOrThrow();

  const forgotPassword = async (email: string) => {
    server.clock.advance(1000);
    const answer = await callApi(server, new CookieJar(), "POST", "/api/auth/forgot-password", {
      email,
    });
    expect(answer.statusCode).toBe(202);
  };

  it("keeps the user's choice, follows the browser again on null, and refuses anything else", async () => {
    const user = await createTestUser(server);
    const jar = new CookieJar();
    await signIn(server, jar, user);
    expect((await callApi(server, jar, "GET", "/api/me")).json()).toMatchObject({ locale: null });

    const chosen = await callApi(server, jar, "PUT", "/api/me/locale", { locale: "ar" });
    expect(chosen.statusCode).toBe(200);
    expect(chosen.json()).toMatchObject({ locale: "ar", email: user.email });
    expect((await callApi(server, jar, "GET", "/api/me")).json()).toMatchObject({ locale: "ar" });

    for (const locale of ["fr", "EN", "en-US", 7, "de\u0000", "en-XA", { en: 1 }, ["fr"]]) {
      const refused = await callApi(server, jar, "PUT", "/api/me/locale", { locale });
      expect(refused.statusCode, JSON.stringify(locale)).toBe(400);
      expect(refused.json()).toMatchObject({ code: "VALIDATION_FAILED" });
    }
    expect((await callApi(server, jar, "GET", "/api/me")).json()).toMatchObject({ locale: "ar" });

    await callApi(server, jar, "PUT", "/api/me/locale", { locale: null });
    expect((await callApi(server, jar, "GET", "/api/me")).json()).toMatchObject({ locale: null });
    // Fastify's validator reads an empty string for a nullable field as null: no choice.
    await callApi(server, jar, "PUT", "/api/me/locale", { locale: "de" });
    await callApi(server, jar, "PUT", "/api/me/locale", { locale: "" });
    expect((await callApi(server, jar, "GET", "/api/me")).json()).toMatchObject({ locale: null });
  });

  it("is only the signed-in user's own to change", async () => {
    const answer = await callApi(server, new CookieJar(), "PUT", "/api/me/locale", {
      locale: "de",
    });
    expect(answer.statusCode).toBe(401);
  });

  it("writes mail in the user's language, else the organization's", async () => {
    const german = await createTestUser(server);
    const jar = new CookieJar();
    await signIn(server, jar, german);
    await callApi(server, jar, "PUT", "/api/me/locale", { locale: "de" });
    await forgotPassword(german.email);
    const mail = await lastMail(german.email);
    expect(mail.subject).toBe("Setzen Sie Ihr Gatehouse-Passwort zurück");
    expect(mail.body).toMatch(/reset-password#token=/);
    expect(mail.body).not.toMatch(/Someone \(hopefully you\)/);

    const undecided = await createTestUser(server);
    await forgotPassword(undecided.email);
    expect((await lastMail(undecided.email)).subject).toBe("Reset your Gatehouse password");

    await setPolicy(server, "language", { defaultLocale: "ar" });
    await forgotPassword(undecided.email);
    const arabic = await lastMail(undecided.email);
    expect(arabic.subject).toBe("إعادة تعيين كلمة مرور Gatehouse");
    expect(arabic.body).toMatch(/reset-password#token=/);
    // The user's own choice still wins over the organization's.
    await forgotPassword(german.email);
    expect((await lastMail(german.email)).subject).toBe("Setzen Sie Ihr Gatehouse-Passwort zurück");
    await setPolicy(server, "language", { defaultLocale: "en" });
  });

  it("tells any page the organization's default, and admins set it through the API", async () => {
    const anonymous = await callApi(server, new CookieJar(), "GET", "/api/locale");
    expect(anonymous.json()).toEqual({ defaultLocale: "en" });
    await setPolicy(server, "language", { defaultLocale: "de" });
    expect((await callApi(server, new CookieJar(), "GET", "/api/locale")).json()).toEqual({
      defaultLocale: "de",
    });
    await setPolicy(server, "language", { defaultLocale: "en" });
  });
});
