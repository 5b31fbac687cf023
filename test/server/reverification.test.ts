import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

const minute = 60 * 1000;
let server: TestServer;
let user: TestUser;

beforeAll(async () => {
  server = await startTestServer();
  user = await createTestUser(server);
});
afterAll(() => server.close());

async function signedIn(): Promise<CookieJar> {
  const jar = new CookieJar();
  expect((await signIn(server, jar, user)).statusCode).toBe(200);
  return jar;
}

describe("session re-verification", () => {
  it("asks an idle session to re-verify after 30 minutes without a request", async () => {
    const jar = await signedIn();
    server.clock.advance(30 * minute - 1);
    expect((await callApi(server, jar, "GET", "/api/me")).statusCode).toBe(200);
    server.clock.advance(30 * minute);
    const me = await callApi(server, jar, "GET", "/api/me");
    expect(me.statusCode).toBe(401);
    expect(me.json()).toMatchObject({ code: "REVERIFICATION_REQUIRED" });
  });

  it("does not let polling a due session keep it alive", async () => {
    const jar = await signedIn();
    server.clock.advance(31 * minute);
    for (let poll = 0; poll < 3; poll += 1) {
      server.clock.advance(minute);
      expect((await callApi(server, jar, "GET", "/api/me")).statusCode).toBe(401);
    }
  });

  it("restores the same session with the password, without a new sign-in", async () => {
    const jar = await signedIn();
    const token = jar.get("gh_session");
    server.clock.advance(12 * 60 * minute);
    const reverify = await callApi(server, jar, "POST", "/api/auth/reverify", {
      password: user.password,
    });
    expect(reverify.statusCode).toBe(204);
    expect(jar.get("gh_session")).toBe(token);
    const me = await callApi(server, jar, "GET", "/api/me");
    expect(me.statusCode).toBe(200);
    expect(me.json<{ session: { verifiedAt: string; reverifyAt: string } }>().session).toEqual(
      expect.objectContaining({
        verifiedAt: new Date(server.clock.now()).toISOString(),
        reverifyAt: new Date(server.clock.now() + 12 * 60 * minute).toISOString(),
      }),
    );
  });

  it("refuses re-verification with a wrong password and counts it toward lockout", async () => {
    const other = await createTestUser(server);
    const jar = new CookieJar();
    await signIn(server, jar, other);
    server.clock.advance(31 * minute);
    const wrong = await callApi(server, jar, "POST", "/api/auth/reverify", { password: "nope" });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ code: "CURRENT_PASSWORD_INCORRECT" });
    const row = await server.context.db
      .selectFrom("users")
      .select("failed_attempts")
      .where("id", "=", other.id)
      .executeTakeFirstOrThrow();
    expect(row.failed_attempts).toBe(1);
    expect((await callApi(server, jar, "GET", "/api/me")).statusCode).toBe(401);
  });

  it("follows the admin's interval and idle settings", async () => {
    await setPolicy(server, "session", { reverifyAfterMinutes: 60, idleMinutes: 10 });
    const jar = await signedIn();
    server.clock.advance(10 * minute);
    expect((await callApi(server, jar, "GET", "/api/me")).json()).toMatchObject({
      code: "REVERIFICATION_REQUIRED",
    });
    await callApi(server, jar, "POST", "/api/auth/reverify", { password: user.password });
    for (let step = 0; step < 6; step += 1) {
      server.clock.advance(9 * minute);
      expect((await callApi(server, jar, "GET", "/api/me")).statusCode).toBe(200);
    }
    server.clock.advance(6 * minute);
    expect((await callApi(server, jar, "GET", "/api/me")).statusCode).toBe(401);
    await setPolicy(server, "session", { reverifyAfterMinutes: 720, idleMinutes: 30 });
  });

  it("ends a session for good at its absolute lifetime; re-verification cannot revive it", async () => {
    const jar = await signedIn();
    server.clock.advance(30 * 24 * 60 * minute);
    const reverify = await callApi(server, jar, "POST", "/api/auth/reverify", {
      password: user.password,
    });
    expect(reverify.statusCode).toBe(401);
    expect(reverify.json()).toMatchObject({ code: "AUTH_REQUIRED" });
  });

  it("tells a due session whose it is, so the prompt can name the account", async () => {
    const jar = await signedIn();
    server.clock.advance(31 * minute);
    const identity = await callApi(server, jar, "GET", "/api/auth/session");
    expect(identity.json()).toEqual({
      email: user.email,
      displayName: "Test User",
      reverificationRequired: true,
      mfa: false,
    });
    const none = await callApi(server, new CookieJar(), "GET", "/api/auth/session");
    expect(none.statusCode).toBe(401);
  });

  it("still lets a due session sign out", async () => {
    const jar = await signedIn();
    const token = jar.get("gh_session") ?? "";
    server.clock.advance(31 * minute);
    expect((await callApi(server, jar, "POST", "/api/auth/logout", {})).statusCode).toBe(204);
    const count = await server.context.db
      .selectFrom("sessions")
      .select("id")
      .where("id", "=", token.split(".")[0] ?? "")
      .execute();
    expect(count).toHaveLength(0);
  });
});
