// One-time launch URLs: single use, 60 seconds, bound to the user and the app, and the per-app
// MFA step-up that stands between the ticket and the app when the admin requires it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, changeAssignment } from "../../server/admin/app-admin.ts";
import { codeFor, enrollTotp, stepMs, type EnrolledUser } from "../fixtures/mfa.ts";
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
let alice: TestUser;
let bob: TestUser;
let aliceJar: CookieJar;
let bookmarkId: string;
let otherBookmarkId: string;
let mfaAppId: string;

async function addBookmark(name: string, url: string, requireMfa = false): Promise<string> {
  const actor = { db: server.context.db, now: server.clock.now(), actorId: null };
  const created = await createApp(actor, "bookmark", {
    displayName: name,
    bookmark: { url },
    requireMfa,
  });
  if (!created.ok) {
    throw new Error("could not create the app");
  }
  return created.value.app.id;
}

async function assign(appId: string, user: TestUser): Promise<void> {
  const actor = { db: server.context.db, now: server.clock.now(), actorId: null };
  await changeAssignment(actor, { appId, principalType: "user", principalId: user.id }, true);
}

async function launchUrl(jar: CookieJar, appId: string): Promise<string> {
  const response = await callApi(server, jar, "POST", `/api/apps/${appId}/launch`);
  expect(response.statusCode).toBe(200);
  return response.json<{ url: string }>().url;
}

function pathOf(url: string): string {
  const parsed = new URL(url);
  expect(parsed.origin).toBe(testOrigin);
  return parsed.pathname;
}

beforeAll(async () => {
  server = await startTestServer();
  alice = await createTestUser(server);
  bob = await createTestUser(server);
  aliceJar = new CookieJar();
  await signIn(server, aliceJar, alice);
  bookmarkId = await addBookmark("Wiki", "https://wiki.example.com/start");
  otherBookmarkId = await addBookmark("Payroll", "https://payroll.example.com/");
  mfaAppId = await addBookmark("Finance", "https://finance.example.com/", true);
  for (const id of [bookmarkId, otherBookmarkId, mfaAppId]) {
    await assign(id, alice);
  }
});
afterAll(() => server.close());

describe("launch tickets", () => {
  it("are at least 128 bits, on the portal's /launch/ path, and open the bookmark once", async () => {
    const url = await launchUrl(aliceJar, bookmarkId);
    const ticket = pathOf(url).replace("/launch/", "");
    expect(ticket.split(".")[1]?.length).toBeGreaterThanOrEqual(22); // 128 bits in base64url
    const opened = await server.request({ method: "GET", url: pathOf(url) });
    expect(opened.statusCode).toBe(303);
    expect(opened.headers.location).toBe("https://wiki.example.com/start");
  });

  it("are refused when used a second time", async () => {
    const path = pathOf(await launchUrl(aliceJar, bookmarkId));
    expect((await server.request({ method: "GET", url: path })).statusCode).toBe(303);
    const again = await server.request({ method: "GET", url: path });
    expect(again.statusCode).toBe(410);
    expect(again.body).toContain("already used");
    expect(again.body).toContain("Return to portal");
    expect(again.headers.location).toBeUndefined();
  });

  it("are refused 61 seconds after they were issued", async () => {
    const path = pathOf(await launchUrl(aliceJar, bookmarkId));
    server.clock.advance(61_000);
    const late = await server.request({ method: "GET", url: path });
    expect(late.statusCode).toBe(410);
    expect(late.body).toContain("expired");
  });

  it("are only stored as a hash", async () => {
    const path = pathOf(await launchUrl(aliceJar, bookmarkId));
    const [id, secret] = path.replace("/launch/", "").split(".");
    const row = await server.context.db
      .selectFrom("launch_tickets")
      .selectAll()
      .where("id", "=", id ?? "")
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(secret);
  });

  it("with a guessed secret are refused and leave the real ticket usable", async () => {
    const path = pathOf(await launchUrl(aliceJar, bookmarkId));
    const [id] = path.replace("/launch/", "").split(".");
    const forged = await server.request({ method: "GET", url: `/launch/${id}.${"A".repeat(27)}` });
    expect(forged.statusCode).toBe(410);
    expect((await server.request({ method: "GET", url: path })).statusCode).toBe(303);
  });

  it("cannot be issued for an app that is not assigned to the user", async () => {
    const bobJar = new CookieJar();
    await signIn(server, bobJar, bob);
    const response = await callApi(server, bobJar, "POST", `/api/apps/${bookmarkId}/launch`);
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: "APP_NOT_FOUND" });
  });

  it("are refused in a browser signed in to the portal as another user", async () => {
    const path = pathOf(await launchUrl(aliceJar, bookmarkId));
    const bobJar = new CookieJar();
    await signIn(server, bobJar, bob);
    const opened = await server.request({ method: "GET", url: path, cookies: bobJar.header() });
    expect(opened.statusCode).toBe(403);
    expect(opened.body).toContain("someone else");
    expect(opened.headers.location).toBeUndefined();
  });

  it("are refused once the app is no longer assigned, and never open another app", async () => {
    const path = pathOf(await launchUrl(aliceJar, otherBookmarkId));
    const actor = { db: server.context.db, now: server.clock.now(), actorId: null };
    await changeAssignment(
      actor,
      { appId: otherBookmarkId, principalType: "user", principalId: alice.id },
      false,
    );
    const opened = await server.request({ method: "GET", url: path });
    expect(opened.statusCode).toBe(403);
    expect(opened.body).toContain("not assigned");
    expect(opened.headers.location).toBeUndefined();
    await assign(otherBookmarkId, alice);
  });

  it("show a clear page with a way back, and no stack trace, for a malformed ticket", async () => {
    const opened = await server.request({ method: "GET", url: "/launch/%3Cscript%3E" });
    expect(opened.statusCode).toBe(410);
    expect(opened.headers["content-type"]).toContain("text/html");
    expect(opened.body).toContain(`href="${testOrigin}/applications"`);
    expect(opened.body).not.toMatch(/at .*\.ts:\d+/);
    expect(opened.headers["content-security-policy"]).toContain("default-src 'none'");
  });
});

describe("per-app MFA at launch", () => {
  let dana: EnrolledUser;
  let danaJar: CookieJar;

  beforeAll(async () => {
    danaJar = new CookieJar();
    dana = await enrollTotp(server, danaJar, await createTestUser(server));
    await assign(mfaAppId, dana);
  });

  async function openStepUp(): Promise<CookieJar> {
    const browser = new CookieJar();
    const opened = await server.request({
      method: "GET",
      url: pathOf(await launchUrl(danaJar, mfaAppId)),
    });
    browser.store(opened);
    expect(opened.statusCode).toBe(200);
    expect(opened.body).toContain("Verify it’s you");
    expect(opened.headers.location).toBeUndefined();
    // no-referrer would make the browser post the form with "Origin: null", which is refused.
    expect(opened.headers["referrer-policy"]).toBe("same-origin");
    return browser;
  }

  const submit = (browser: CookieJar, value: string, origin = testOrigin) =>
    server
      .request({
        method: "POST",
        url: "/launch/step-up",
        cookies: browser.header(),
        headers: { origin, "content-type": "application/x-www-form-urlencoded" },
        payload: new URLSearchParams({ code: value }).toString(),
      })
      .then((response) => {
        browser.store(response);
        return response;
      });

  it("asks for a code, refuses a wrong one and continues into the app with the right one", async () => {
    const browser = await openStepUp();
    const wrong = await submit(browser, codeFor(server, dana.secret, 5));
    expect(wrong.statusCode).toBe(401);
    expect(wrong.body).toContain("isn’t right");
    expect(wrong.headers.location).toBeUndefined();
    const right = await submit(browser, codeFor(server, dana.secret));
    expect(right.statusCode).toBe(303);
    expect(right.headers.location).toBe("https://finance.example.com/");
  });

  it("refuses a code that was already used, then accepts a recovery code", async () => {
    // The code of the step just accepted above is spent (replay, RFC 6238 §5.2).
    const browser = await openStepUp();
    const replayed = await submit(browser, codeFor(server, dana.secret));
    expect(replayed.statusCode).toBe(401);
    expect(replayed.body).toContain("already used");
    const recovery = await submit(browser, dana.recoveryCodes[0] ?? "");
    expect(recovery.statusCode).toBe(303);
    server.clock.advance(stepMs);
  });

  it("denies the launch after five wrong codes, even if the right one follows", async () => {
    const browser = await openStepUp();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await submit(browser, "000000");
    }
    const after = await submit(browser, codeFor(server, dana.secret));
    expect(after.statusCode).toBe(410);
    expect(after.headers.location).toBeUndefined();
    await server.context.db
      .updateTable("users")
      .set({ failed_attempts: 0, locked_at: null, locked_until: null })
      .where("id", "=", dana.id)
      .execute();
  });

  it("refuses a step-up form posted from another site", async () => {
    server.clock.advance(stepMs);
    const browser = await openStepUp();
    const response = await submit(browser, codeFor(server, dana.secret), "https://evil.example");
    expect(response.statusCode).toBe(403);
    expect(response.headers.location).toBeUndefined();
  });

  it("tells a user without an authenticator to set one up first", async () => {
    const carol = await createTestUser(server);
    await assign(mfaAppId, carol);
    const jar = new CookieJar();
    await signIn(server, jar, carol);
    const opened = await server.request({
      method: "GET",
      url: pathOf(await launchUrl(jar, mfaAppId)),
    });
    expect(opened.statusCode).toBe(403);
    expect(opened.body).toContain("requires multi-factor authentication");
    expect(opened.headers.location).toBeUndefined();
  });
});
