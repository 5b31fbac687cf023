// Sign-in history in words: every event described from the one catalogue
// (server/audit/event-catalogue.ts), and "This wasn't me" refused where it does not belong.
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

async function signedIn(user?: TestUser): Promise<{ user: TestUser; jar: CookieJar }> {
  const account = user ?? (await createTestUser(server));
  const jar = new CookieJar();
  expect((await signIn(server, jar, account)).statusCode).toBe(200);
  return { user: account, jar };
}

describe("the sign-in history", () => {
  it("describes every event in words, with its category, and never an internal code", async () => {
    const user = await createTestUser(server);
    await signIn(server, new CookieJar(), { ...user, password: "wrong password" });
    server.clock.advance(1000);
    const { jar } = await signedIn(user);
    server.clock.advance(1000);
    await callApi(server, jar, "PATCH", "/api/me/profile", { jobTitle: "Pilot" });
    const events = (await callApi(server, jar, "GET", "/api/me/security-events")).json<{
      events: Record<string, unknown>[];
    }>().events;
    expect(
      events.map(({ title, detail, category, reportable }) => [
        title,
        detail,
        category,
        reportable,
      ]),
    ).toEqual([
      ["Profile changed", null, "security_change", false],
      ["Signed in", null, "sign_in", true],
      ["Sign-in failed", "wrong password", "sign_in", true],
    ]);
    // Besides the words, only stable reason names the portal translates (docs/design.md §10).
    expect(events.map(({ reason }) => reason)).toEqual([null, null, "wrong_password"]);
  });

  it("never sends a stored reason it has no words for, not even as a name", async () => {
    const { user, jar } = await signedIn();
    await server.context.db
      .insertInto("audit_events")
      .values({
        id: "internal-reason",
        at: server.clock.now() + 1000,
        event: "sign_in.failed",
        reason: "stack: TypeError at internals.ts:12",
        actor_id: null,
        target_id: user.id,
        target_email: null,
        ip: null,
        user_agent: null,
        details: null,
      })
      .execute();
    const events = (await callApi(server, jar, "GET", "/api/me/security-events")).json<{
      events: { id: string; reason: string | null; detail: string | null }[];
    }>().events;
    expect(events.find(({ id }) => id === "internal-reason")).toMatchObject({
      reason: null,
      detail: null,
    });
  });

  it("refuses “This wasn't me” on an event that is not a sign-in or a factor change", async () => {
    const { jar } = await signedIn();
    server.clock.advance(1000);
    await callApi(server, jar, "PATCH", "/api/me/profile", { jobTitle: "Pilot" });
    const [change] = (await callApi(server, jar, "GET", "/api/me/security-events")).json<{
      events: { id: string; event: string }[];
    }>().events;
    expect(change?.event).toBe("profile.changed");
    const report = await callApi(
      server,
      jar,
      "POST",
      `/api/me/security-events/${change?.id ?? ""}/report`,
      {},
    );
    expect(report.statusCode).toBe(400);
    expect(report.json()).toMatchObject({ code: "EVENT_NOT_REPORTABLE" });
    expect((await callApi(server, jar, "GET", "/api/me")).statusCode).toBe(200);
  });
});
