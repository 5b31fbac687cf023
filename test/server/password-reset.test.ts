import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  callApi,
  CookieJar,
  createTestUser,
  signIn,
  startTestServer,
  testOrigin,
  type TestServer,
  type TestUser,
} from "../fixtures/test-server.ts";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function outbox(to: string) {
  return server.context.db
    .selectFrom("mail_outbox")
    .selectAll()
    .where("recipient", "=", to)
    .orderBy("created_at", "desc")
    .execute();
}

async function requestLink(user: TestUser, headers: Record<string, string> = {}) {
  server.clock.advance(1000); // mails sort by time; keep each one distinct
  const response = await server.request({
    method: "POST",
    url: "/api/auth/forgot-password",
    headers: { origin: testOrigin, "content-type": "application/json", ...headers },
    payload: JSON.stringify({ email: user.email }),
  });
  expect(response.statusCode).toBe(202);
  const [mail] = await outbox(user.email);
  const link = /(https?:\/\/\S+\/reset-password#token=(\S+))/.exec(mail?.body ?? "");
  return { link: link?.[1] ?? "", token: decodeURIComponent(link?.[2] ?? "") };
}

async function reset(token: string, newPassword: string) {
  server.clock.advance(1000);
  return callApi(server, new CookieJar(), "POST", "/api/auth/reset-password", {
    token,
    newPassword,
  });
}

describe("forgot password", () => {
  it("answers the same whether or not the address has an account", async () => {
    const user = await createTestUser(server);
    const answers = [];
    for (const email of [user.email, "nobody-at-all@example.com"]) {
      const response = await callApi(server, new CookieJar(), "POST", "/api/auth/forgot-password", {
        email,
      });
      answers.push({ status: response.statusCode, body: response.body });
    }
    expect(answers[0]?.status).toBe(202);
    expect(answers[1]).toEqual(answers[0]);
    expect(await outbox("nobody-at-all@example.com")).toHaveLength(0);
  });

  it("resets with the mailed link, ends every session and sends a notice", async () => {
    const user = await createTestUser(server);
    const jar = new CookieJar();
    await signIn(server, jar, user);
    const { link, token } = await requestLink(user);
    expect(link.startsWith(`${testOrigin}/reset-password#token=`)).toBe(true);
    const stored = await server.context.db
      .selectFrom("password_reset_tokens")
      .selectAll()
      .execute();
    expect(JSON.stringify(stored)).not.toContain(token.split(".")[1]);

    expect((await reset(token, "brand new harbor lights")).statusCode).toBe(204);
    expect((await callApi(server, jar, "GET", "/api/me")).statusCode).toBe(401);
    expect(
      (await signIn(server, new CookieJar(), { ...user, password: "brand new harbor lights" }))
        .statusCode,
    ).toBe(200);
    const [notice] = await outbox(user.email);
    expect(notice?.subject).toMatch(/password was changed/);
  });

  it("refuses a link used a second time", async () => {
    const user = await createTestUser(server);
    const { token } = await requestLink(user);
    expect((await reset(token, "first new password here")).statusCode).toBe(204);
    const again = await reset(token, "second new password here");
    expect(again.statusCode).toBe(400);
    expect(again.json()).toMatchObject({ code: "RESET_LINK_INVALID" });
  });

  it("says whether a link is good when the page opens, without using it up", async () => {
    const user = await createTestUser(server);
    const { token } = await requestLink(user);
    const check = (value: string) =>
      callApi(server, new CookieJar(), "POST", "/api/auth/reset-password/check", { token: value });
    expect((await check(token)).json()).toEqual({ valid: true });
    expect((await check(token)).statusCode).toBe(200); // checking twice is fine: nothing consumed
    const [id] = token.split(".");
    for (const bogus of ["x", `${id}.wrong-secret`, "not-a-token-at-all", `${token}x`]) {
      const answer = await check(bogus);
      expect(answer.statusCode).toBe(400);
      expect(answer.json()).toMatchObject({ code: "RESET_LINK_INVALID" });
    }
    expect((await reset(token, "checked then used link")).statusCode).toBe(204);
    expect((await check(token)).json()).toMatchObject({ code: "RESET_LINK_INVALID" });
    const expiring = await requestLink(user);
    server.clock.advance(60 * 60 * 1000);
    expect((await check(expiring.token)).json()).toMatchObject({ code: "RESET_LINK_INVALID" });
  });

  it("refuses a link after one hour", async () => {
    const user = await createTestUser(server);
    const { token } = await requestLink(user);
    server.clock.advance(60 * 60 * 1000);
    expect((await reset(token, "too late for this one")).json()).toMatchObject({
      code: "RESET_LINK_INVALID",
    });
  });

  it("a newer link supersedes an older one", async () => {
    const user = await createTestUser(server);
    const older = await requestLink(user);
    const newer = await requestLink(user);
    expect(newer.token).not.toBe(older.token);
    expect((await reset(older.token, "old link new password")).statusCode).toBe(400);
    expect((await reset(newer.token, "new link new password")).statusCode).toBe(204);
  });

  it("builds the link from the configured URL, never from Host or X-Forwarded-Host", async () => {
    const user = await createTestUser(server);
    const { link } = await requestLink(user, {
      host: "evil.example.net",
      "x-forwarded-host": "evil.example.net",
      "x-forwarded-proto": "https",
    });
    expect(link.startsWith(`${testOrigin}/reset-password#token=`)).toBe(true);
    expect(link).not.toContain("evil");
  });

  it("keeps the policy: a weak new password is refused and the link still works", async () => {
    const user = await createTestUser(server);
    const { token } = await requestLink(user);
    const weak = await reset(token, "password");
    expect(weak.json()).toMatchObject({ code: "PASSWORD_POLICY_VIOLATION" });
    expect((await reset(token, "a sturdy new passphrase")).statusCode).toBe(204);
  });

  it("refuses the reset while the account is locked", async () => {
    const user = await createTestUser(server);
    const { token } = await requestLink(user);
    await server.context.db
      .updateTable("users")
      .set({ locked_at: server.clock.now(), locked_until: null })
      .where("id", "=", user.id)
      .execute();
    const response = await reset(token, "locked out new password");
    expect(response.statusCode).toBe(423);
    expect(response.json()).toMatchObject({ code: "AUTH_LOCKED" });
  });

  it("sends at most three links per address in 15 minutes, answering the same", async () => {
    const user = await createTestUser(server);
    for (let request = 0; request < 5; request += 1) {
      const response = await callApi(server, new CookieJar(), "POST", "/api/auth/forgot-password", {
        email: user.email,
      });
      expect(response.statusCode).toBe(202);
    }
    expect(await outbox(user.email)).toHaveLength(3);
    server.clock.advance(15 * 60 * 1000 + 1);
    await requestLink(user);
    expect(await outbox(user.email)).toHaveLength(4);
  });
});
