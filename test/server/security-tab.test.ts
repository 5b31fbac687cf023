// The Security tab's API: active sessions, sign-in history and "This wasn't me".
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

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function signedIn(
  user?: TestUser,
  userAgent?: string,
): Promise<{ user: TestUser; jar: CookieJar }> {
  const account = user ?? (await createTestUser(server));
  const jar = new CookieJar();
  if (userAgent === undefined) {
    await signIn(server, jar, account);
  } else {
    for (const [url, body] of [
      ["/api/auth/identify", { email: account.email }],
      ["/api/auth/password", { password: account.password }],
    ] as const) {
      const response = await server.request({
        method: "POST",
        url,
        cookies: jar.header(),
        headers: {
          origin: "http://localhost:4010",
          "content-type": "application/json",
          "user-agent": userAgent,
        },
        payload: JSON.stringify(body),
      });
      jar.store(response);
    }
  }
  return { user: account, jar };
}

describe("active sessions", () => {
  it("lists the user's sessions with their device and marks the current one", async () => {
    const { user, jar } = await signedIn(
      undefined,
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36",
    );
    await signedIn(
      user,
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Gatehouse/0.1.0 Chrome/140.0 Electron/45.5.0 Safari/537.36",
    );
    const response = await callApi(server, jar, "GET", "/api/me/sessions");
    const sessions = response.json<{
      sessions: { current: boolean; device: string; client: string }[];
    }>().sessions;
    expect(sessions).toHaveLength(2);
    expect(sessions.find((session) => session.current)?.device).toBe("Chrome on macOS");
    expect(sessions.find((session) => !session.current)).toMatchObject({
      client: "desktop",
      device: "Gatehouse desktop app on Windows",
    });
  });

  it("signs out another session, which is refused on its very next request", async () => {
    const { user, jar } = await signedIn();
    const other = await signedIn(user);
    const sessions = (await callApi(server, jar, "GET", "/api/me/sessions")).json<{
      sessions: { id: string; current: boolean }[];
    }>().sessions;
    const otherId = sessions.find((session) => !session.current)?.id ?? "";

    expect(
      (await callApi(server, jar, "POST", `/api/me/sessions/${otherId}/revoke`, {})).json(),
    ).toEqual({ revoked: 1 });
    expect((await callApi(server, other.jar, "GET", "/api/me")).statusCode).toBe(401);
    expect((await callApi(server, jar, "GET", "/api/me")).statusCode).toBe(200);
  });

  it("signs out everywhere else and keeps this session", async () => {
    const { user, jar } = await signedIn();
    const others = [await signedIn(user), await signedIn(user)];
    expect(
      (await callApi(server, jar, "POST", "/api/me/sessions/revoke-others", {})).json(),
    ).toEqual({ revoked: 2 });
    for (const other of others) {
      expect((await callApi(server, other.jar, "GET", "/api/me")).statusCode).toBe(401);
    }
    expect((await callApi(server, jar, "GET", "/api/me")).statusCode).toBe(200);
  });

  it("cannot end another user's session", async () => {
    const victim = await signedIn();
    const attacker = await signedIn();
    const victimSession =
      (await callApi(server, victim.jar, "GET", "/api/me/sessions")).json<{
        sessions: { id: string }[];
      }>().sessions[0]?.id ?? "";
    const response = await callApi(
      server,
      attacker.jar,
      "POST",
      `/api/me/sessions/${victimSession}/revoke`,
      {},
    );
    expect(response.statusCode).toBe(404);
    expect((await callApi(server, victim.jar, "GET", "/api/me")).statusCode).toBe(200);
  });
});

describe("sign-in history and “This wasn't me”", () => {
  it("shows the user's own sign-ins and failures, and nobody else's", async () => {
    const user = await createTestUser(server);
    await signIn(server, new CookieJar(), { ...user, password: "wrong password" });
    server.clock.advance(1000); // newest first: the two events must not share a millisecond
    const { jar } = await signedIn(user);
    await signedIn();
    const events = (await callApi(server, jar, "GET", "/api/me/security-events")).json<{
      events: { event: string }[];
    }>().events;
    expect(events.map((event) => event.event)).toEqual(["sign_in.succeeded", "sign_in.failed"]);
  });

  it("ends every session, locks the account for an admin and tells the user and the admins", async () => {
    const admin = await createTestUser(server, { role: "admin" });
    const { user, jar } = await signedIn();
    const elsewhere = await signedIn(user);
    const [suspicious] = (await callApi(server, jar, "GET", "/api/me/security-events")).json<{
      events: { id: string }[];
    }>().events;

    const report = await callApi(
      server,
      jar,
      "POST",
      `/api/me/security-events/${suspicious?.id ?? ""}/report`,
      {},
    );
    expect(report.statusCode).toBe(200);
    expect(report.json()).toMatchObject({ locked: true });

    expect((await callApi(server, jar, "GET", "/api/me")).statusCode).toBe(401);
    expect((await callApi(server, elsewhere.jar, "GET", "/api/me")).statusCode).toBe(401);
    const again = await signIn(server, new CookieJar(), user);
    expect(again.statusCode).not.toBe(200);
    server.clock.advance(365 * 24 * 60 * 60 * 1000);
    expect((await signIn(server, new CookieJar(), user)).statusCode).not.toBe(200);

    const mail = await server.context.db
      .selectFrom("mail_outbox")
      .select(["recipient", "subject"])
      .execute();
    expect(mail).toContainEqual({
      recipient: user.email,
      subject: "We locked your Gatehouse account to protect it",
    });
    expect(
      mail.some(
        (message) => message.recipient === admin.email && message.subject.includes(user.email),
      ),
    ).toBe(true);
    const audit = await server.context.db
      .selectFrom("audit_events")
      .select("event")
      .where("target_id", "=", user.id)
      .execute();
    expect(audit.map((row) => row.event)).toContain("account.reported_compromise");
  });

  it("only accepts events from the user's own history", async () => {
    const victim = await signedIn();
    const attacker = await signedIn();
    const [event] = (await callApi(server, victim.jar, "GET", "/api/me/security-events")).json<{
      events: { id: string }[];
    }>().events;
    const response = await callApi(
      server,
      attacker.jar,
      "POST",
      `/api/me/security-events/${event?.id ?? ""}/report`,
      {},
    );
    expect(response.statusCode).toBe(404);
    expect((await callApi(server, victim.jar, "GET", "/api/me")).statusCode).toBe(200);
  });
});
