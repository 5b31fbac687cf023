// The desktop app's own client of the push inbox (main/core/push-inbox.ts) against the real
// server: it proves the device with its key, sees the request a sign-in made (and, for its
// approver, an access request to decide), and says what is wrong when the device is not
// enrolled or its enrollment was revoked.
import type { LightMyRequestResponse } from "fastify";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fetchPushInbox } from "../../main/core/push-inbox.ts";
import { createMemorySecretStore } from "../../main/core/secret-store.ts";
import { askForApp, noticeScene } from "../fixtures/approval-notices.ts";
import { enrollDesktopApp, type DesktopApp } from "../fixtures/push.ts";
import {
  CookieJar,
  createTestUser,
  setPolicy,
  signIn,
  startTestServer,
  testOrigin,
  type TestServer,
  type TestUser,
} from "../fixtures/test-server.ts";

let server: TestServer;
let user: TestUser;
let desktop: DesktopApp;

/** A fetch that goes through Fastify's inject: the real routes, no port. */
function injectFetch(url: string, init: RequestInit): Promise<Response> {
  const { pathname } = new URL(url);
  return server
    .request({
      method: "POST",
      url: pathname,
      headers: Object.fromEntries(new Headers(init.headers).entries()),
      payload: typeof init.body === "string" ? init.body : "",
    })
    .then(
      (answer: LightMyRequestResponse) => new Response(answer.body, { status: answer.statusCode }),
    );
}

beforeEach(async () => {
  server = await startTestServer();
  await setPolicy(server, "deviceLogin", { mode: "on" });
  await setPolicy(server, "push", { mode: "allowed" });
  user = await createTestUser(server);
  desktop = await enrollDesktopApp(server, user);
});

afterEach(async () => {
  await server.close();
});

describe("the desktop app's push inbox client", () => {
  it("proves the device and receives the request of a sign-in", async () => {
    const ask = (known: string[]) =>
      fetchPushInbox({
        store: desktop.store,
        portalOrigin: testOrigin,
        known,
        waitSeconds: 0,
        fetch: injectFetch,
      });
    const first = await ask([]);
    expect(first).toMatchObject({ ok: true, requests: [] });
    expect((await signIn(server, new CookieJar(), user)).json()).toEqual({ next: "push" });
    const answer = await ask([]);
    expect(answer.ok && answer.requests.map((request) => request.user.email)).toEqual([user.email]);
    // The challenge an answer hands out proves the next poll, once.
    const handedOut = first.ok ? first.nextChallenge : "";
    const next = { known: [], waitSeconds: 0, challenge: handedOut, fetch: injectFetch };
    const options = { ...next, store: desktop.store, portalOrigin: testOrigin };
    expect(await fetchPushInbox(options)).toMatchObject({ ok: true });
    expect(await fetchPushInbox(options)).toEqual({ ok: false, reason: "refused" });
  });

  it("receives the access requests its user decides when it says which it shows, only then", async () => {
    const scene = await noticeScene(server, () => [{ approver: "manager" }]);
    const requestId = await askForApp(server, scene);
    const options = {
      store: scene.manager.desktop.store,
      portalOrigin: testOrigin,
      known: [],
      waitSeconds: 0,
      fetch: injectFetch,
    };
    const answer = await fetchPushInbox({ ...options, knownApprovals: [] });
    expect(answer.ok && answer.approvals.map((notice) => notice.key)).toEqual([`${requestId}.1`]);
    expect(await fetchPushInbox(options)).toMatchObject({ ok: true, approvals: [] });
  });

  it("says not enrolled without a device key, and refused once the device is revoked", async () => {
    const options = { portalOrigin: testOrigin, known: [], waitSeconds: 0, fetch: injectFetch };
    expect(await fetchPushInbox({ ...options, store: createMemorySecretStore() })).toEqual({
      ok: false,
      reason: "not_enrolled",
    });
    await server.context.db
      .updateTable("devices")
      .set({ revoked_at: server.clock.now() })
      .where("id", "=", desktop.deviceId)
      .execute();
    expect(await fetchPushInbox({ ...options, store: desktop.store })).toEqual({
      ok: false,
      reason: "refused",
    });
    const offline = () => Promise.reject(new Error("offline"));
    expect(await fetchPushInbox({ ...options, store: desktop.store, fetch: offline })).toEqual({
      ok: false,
      reason: "unreachable",
    });
  });
});
