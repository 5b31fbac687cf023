import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  callApi,
  CookieJar,
  createTestUser,
  signIn,
  startTestServer,
  type TestServer,
  type TestUser,
} from "../fixtures/test-server.ts";

let server: TestServer;
let user: TestUser;

beforeAll(async () => {
  server = await startTestServer();
  user = await createTestUser(server);
});
afterAll(() => server.close());

describe("identifier-first sign-in", () => {
  it("signs in with email then password and opens a session cookie the page cannot read", async () => {
    const jar = new CookieJar();
    const identify = await callApi(server, jar, "POST", "/api/auth/identify", {
      email: user.email,
    });
    expect(identify.statusCode).toBe(200);
    expect(identify.json()).toEqual({ next: "password" });

    const password = await callApi(server, jar, "POST", "/api/auth/password", {
      password: user.password,
    });
    expect(password.statusCode).toBe(200);
    const sessionCookie = password.cookies.find((cookie) => cookie.name === "gh_session");
    expect(sessionCookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });

    const me = await callApi(server, jar, "GET", "/api/me");
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ id: user.id, email: user.email, firstName: "Test" });
    expect(me.body).not.toMatch(/argon2|password_hash|"password"/i);
  });

  it("matches the email case-insensitively", async () => {
    const response = await signIn(server, new CookieJar(), {
      ...user,
      email: user.email.toUpperCase(),
    });
    expect(response.statusCode).toBe(200);
  });

  it("stores only a SHA-256 hash of the session secret", async () => {
    const jar = new CookieJar();
    await signIn(server, jar, user);
    const [id, secret] = (jar.get("gh_session") ?? "").split(".");
    const row = await server.context.db
      .selectFrom("sessions")
      .selectAll()
      .where("id", "=", id ?? "")
      .executeTakeFirstOrThrow();
    expect(row.secret_hash).toBe(
      createHash("sha256")
        .update(secret ?? "")
        .digest("hex"),
    );
    expect(JSON.stringify(row)).not.toContain(secret);
  });

  it("gives a wrong password, an unknown email and a disabled account the same answer", async () => {
    const disabled = await createTestUser(server, { status: "disabled" });
    const attempts = [
      { ...user, password: "not the password" },
      { ...user, email: "nobody@example.com" },
      disabled,
    ];
    const answers = [];
    for (const attempt of attempts) {
      const response = await signIn(server, new CookieJar(), attempt);
      answers.push({ status: response.statusCode, body: response.json<unknown>() });
    }
    expect(answers[0]).toEqual({
      status: 401,
      body: { code: "AUTH_INVALID_CREDENTIALS", message: "The email or password is incorrect." },
    });
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });

  it("starts a fresh session at every sign-in, whatever cookie the browser already had", async () => {
    const jar = new CookieJar();
    await signIn(server, jar, user);
    const first = jar.get("gh_session");
    await signIn(server, jar, user);
    const second = jar.get("gh_session");
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
  });

  it("refuses the password step without a sign-in flow", async () => {
    const response = await callApi(server, new CookieJar(), "POST", "/api/auth/password", {
      password: user.password,
    });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ code: "LOGIN_FLOW_EXPIRED" });
  });

  it("lets a sign-in flow finish only once", async () => {
    const jar = new CookieJar();
    await callApi(server, jar, "POST", "/api/auth/identify", { email: user.email });
    const flow = jar.get("gh_flow") ?? "";
    expect(
      (await callApi(server, jar, "POST", "/api/auth/password", { password: user.password }))
        .statusCode,
    ).toBe(200);

    const replay = new CookieJar();
    const response = await server.request({
      method: "POST",
      url: "/api/auth/password",
      cookies: { gh_flow: flow },
      headers: { origin: "http://localhost:4010", "content-type": "application/json" },
      payload: JSON.stringify({ password: user.password }),
    });
    replay.store(response);
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ code: "LOGIN_FLOW_EXPIRED" });
  });

  it("expires an unfinished sign-in flow after 10 minutes", async () => {
    const jar = new CookieJar();
    await callApi(server, jar, "POST", "/api/auth/identify", { email: user.email });
    server.clock.advance(10 * 60 * 1000);
    const response = await callApi(server, jar, "POST", "/api/auth/password", {
      password: user.password,
    });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ code: "LOGIN_FLOW_EXPIRED" });
  });
});

describe("sessions", () => {
  it("ends the session at logout, so the old cookie no longer reaches /api/me", async () => {
    const jar = new CookieJar();
    await signIn(server, jar, user);
    const token = jar.get("gh_session") ?? "";
    const logout = await callApi(server, jar, "POST", "/api/auth/logout", {});
    expect(logout.statusCode).toBe(204);

    const me = await server.request({
      method: "GET",
      url: "/api/me",
      cookies: { gh_session: token },
    });
    expect(me.statusCode).toBe(401);
    expect(me.json()).toMatchObject({ code: "AUTH_REQUIRED" });
  });

  it("refuses a token whose secret half was altered", async () => {
    const jar = new CookieJar();
    await signIn(server, jar, user);
    const [id, secret] = (jar.get("gh_session") ?? "").split(".");
    const altered = `${id}.${(secret ?? "").slice(0, -1)}${secret?.endsWith("A") === true ? "B" : "A"}`;
    const me = await server.request({
      method: "GET",
      url: "/api/me",
      cookies: { gh_session: altered },
    });
    expect(me.statusCode).toBe(401);
  });

  it("asks for re-verification 12 hours after sign-in, even while in use", async () => {
    const jar = new CookieJar();
    await signIn(server, jar, user);
    for (let step = 0; step < 24; step += 1) {
      server.clock.advance(30 * 60 * 1000 - 1000); // active: never idle for 30 minutes
      expect((await callApi(server, jar, "GET", "/api/me")).statusCode).toBe(200);
    }
    server.clock.advance(24 * 1000);
    const me = await callApi(server, jar, "GET", "/api/me");
    expect(me.statusCode).toBe(401);
    expect(me.json()).toMatchObject({ code: "REVERIFICATION_REQUIRED" });
  });

  it("ends when the account is disabled", async () => {
    const other = await createTestUser(server);
    const jar = new CookieJar();
    await signIn(server, jar, other);
    await server.context.db
      .updateTable("users")
      .set({ status: "disabled" })
      .where("id", "=", other.id)
      .execute();
    expect((await callApi(server, jar, "GET", "/api/me")).statusCode).toBe(401);
  });
});
