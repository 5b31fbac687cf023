// Fixtures for the device-login journeys: a server of their own with device login turned on, on
// a database file the tests can age sessions in; the desktop bridge as Chromium cannot have it
// (the real main/core signer behind exposeFunction); Chromium's virtual platform authenticator.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { CDPSession, Page } from "@playwright/test";
import {
  loadDeviceIdentity,
  rememberDeviceId,
  signDeviceChallenge,
} from "../../main/core/device-key.ts";
import { createMemorySecretStore, type SecretStore } from "../../main/core/secret-store.ts";
import { startPortalServer, test as base, type PortalServer } from "./fixtures.ts";
import { openPortalDatabase } from "./portal-database.ts";

let databaseFile = "";
let portalUrl = "";

/** Runs SQL on the portal's database file: the child server's clock cannot be moved from here. */
export function onPortalDatabase(sql: string): void {
  const database = openPortalDatabase(databaseFile);
  database.prepare(sql).run();
  database.close();
}

/**
 * Stores an admin policy as the admin CLI does: the row, and the `policies` version raised, which
 * is what tells the running server to renew the copy it keeps (server/policies/policy-store.ts).
 */
export function setPortalPolicy(kind: string, value: object): void {
  const database = openPortalDatabase(databaseFile);
  try {
    database
      .prepare(
        "insert into policies (kind, value, updated_at, updated_by) values (?, ?, ?, null) on conflict (kind) do update set value = excluded.value, updated_at = excluded.updated_at",
      )
      .run(kind, JSON.stringify(value), Date.now());
    database
      .prepare(
        "insert into change_versions (topic, version) values ('policies', 1) on conflict (topic) do update set version = change_versions.version + 1",
      )
      .run();
  } finally {
    database.close();
  }
}

// A fresh server per test, so each journey starts with no passkeys whatever ran before it.
export const test = base.extend<{ devicePortal: PortalServer }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
  devicePortal: async ({}, use) => {
    databaseFile = path.join(mkdtempSync(path.join(tmpdir(), "gatehouse-device-")), "gatehouse.db");
    const server = await startPortalServer({ GATEHOUSE_DATABASE_URL: `sqlite:${databaseFile}` });
    // The demo data turns device login on already; say so here too, whatever the default.
    setPortalPolicy("deviceLogin", { mode: "on" });
    portalUrl = server.url;
    await use(server);
    await server.stop();
  },
  baseURL: async ({ devicePortal }, use) => {
    await use(devicePortal.url);
  },
});

/** The desktop bridge as Chromium cannot have it: the real main/core signer behind exposeFunction. */
export async function exposeDesktopBridge(
  page: Page,
  store: SecretStore = createMemorySecretStore(),
): Promise<void> {
  await page.exposeFunction("runSignDeviceChallenge", (challenge: string) =>
    signDeviceChallenge(store, portalUrl, challenge).then((outcome) =>
      outcome.ok ? outcome : { ok: false, error: outcome },
    ),
  );
  await page.addInitScript(() => {
    const exposed = window as unknown as { runSignDeviceChallenge: (c: string) => Promise<never> };
    // Main's events, raised by the test through emitDesktopEvent; what the page asked of main.
    const listeners: Record<string, ((payload?: unknown) => void)[]> = {};
    const subscribe = (name: string) => (callback: (payload?: unknown) => void) => {
      (listeners[name] ??= []).push(callback);
      return () => undefined;
    };
    const asked = { opened: [] as string[], windowShown: 0 };
    Object.assign(window, { desktopListeners: listeners, desktopAsked: asked });
    (window as unknown as { gatehouse: unknown }).gatehouse = {
      platform: () =>
        Promise.resolve({
          ok: true,
          value: {
            os: "darwin",
            appVersion: "1.0.0",
            bundledServer: false,
            updates: { enabled: true },
          },
        }),
      checkForUpdates: () =>
        Promise.resolve({ ok: true, value: { status: "up-to-date", currentVersion: "1.0.0" } }),
      onVerifyNow: subscribe("verifyNow"),
      onDeepLink: subscribe("deepLink"),
      onResume: subscribe("resume"),
      showWindow: () => {
        asked.windowShown += 1;
        return Promise.resolve({ ok: true, value: null });
      },
      openExternal: (url: string) => {
        asked.opened.push(url);
        return Promise.resolve({ ok: true, value: null });
      },
      generateSshKey: () => Promise.resolve({ ok: false, error: { code: "X", message: "" } }),
      enrollDevice: () => Promise.resolve({ ok: false, error: { code: "X", message: "" } }),
      signDeviceChallenge: (challenge: string) => exposed.runSignDeviceChallenge(challenge),
      reportLocale: () => Promise.resolve({ ok: true, value: null }),
    };
  });
}

/**
 * Enrolls the device behind `store` with a connect key of the user signed in on `page`, as the
 * desktop app's enrollment does (main/core/device-enrollment.ts), through the real API.
 */
export async function enrollDevice(page: Page, store: SecretStore, name: string): Promise<void> {
  const headers = { origin: portalUrl };
  const connect = await page.request.post("/api/me/connect-keys", { headers, data: {} });
  const { connectKey } = (await connect.json()) as { connectKey: string };
  const identity = await loadDeviceIdentity(store);
  const enrolled = await page.request.post("/api/devices/enroll", {
    headers,
    data: { connectKey, publicKey: identity.publicKey, name, os: "darwin", appVersion: "1.0.0" },
  });
  const { deviceId } = (await enrolled.json()) as { deviceId: string };
  await rememberDeviceId(store, deviceId);
}

/** Raises one of main's events (tray Verify now, wake/unlock, a gatehouse:// link) in the page. */
export async function emitDesktopEvent(
  page: Page,
  name: "verifyNow" | "resume" | "deepLink",
  payload?: unknown,
): Promise<void> {
  await page.evaluate(
    ([event, data]) => {
      const listeners = (
        window as unknown as { desktopListeners: Record<string, ((p?: unknown) => void)[]> }
      ).desktopListeners;
      for (const listener of listeners[event as string] ?? []) {
        listener(data);
      }
    },
    [name, payload] as const,
  );
}

/** What the page asked of main so far: URLs opened in the system browser, window raises. */
export function desktopAsked(page: Page): Promise<{ opened: string[]; windowShown: number }> {
  return page.evaluate(
    () =>
      (window as unknown as { desktopAsked: { opened: string[]; windowShown: number } })
        .desktopAsked,
  );
}

export async function addAuthenticator(page: Page): Promise<{ cdp: CDPSession; id: string }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
    },
  });
  return { cdp, id: authenticatorId };
}
