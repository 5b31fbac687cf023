// Device login end to end in Chromium with the CDP virtual authenticator (internal transport,
// UV on): set up Touch ID, sign in with one click, re-verify after 12 hours with the
// authenticator only, and refuse an assertion without user verification.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DatabaseSync } from "node:sqlite";
import type { CDPSession, Page } from "@playwright/test";
import { signDeviceChallenge } from "../../main/core/device-key.ts";
import { createMemorySecretStore } from "../../main/core/secret-store.ts";
import {
  demo,
  expect,
  saveScreenshot,
  signInWithPassword,
  startPortalServer,
  test as base,
  type PortalServer,
} from "./fixtures.ts";

let databaseFile = "";
let portalUrl = "";

// This file's own server, on a database file the test can age sessions in.
const test = base.extend<object, { portal: PortalServer }>({
  portal: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
    async ({}, use) => {
      databaseFile = path.join(
        mkdtempSync(path.join(tmpdir(), "gatehouse-device-")),
        "gatehouse.db",
      );
      const server = await startPortalServer({ GATEHOUSE_DATABASE_URL: `sqlite:${databaseFile}` });
      const database = new DatabaseSync(databaseFile);
      database
        .prepare(
          "insert into policies (kind, value, updated_at, updated_by) values (?, ?, ?, null)",
        )
        .run("deviceLogin", JSON.stringify({ mode: "on" }), Date.now());
      database.close();
      portalUrl = server.url;
      await use(server);
      await server.stop();
    },
    { scope: "worker" },
  ],
});

/** The desktop bridge as Chromium cannot have it: the real main/core signer behind exposeFunction. */
async function exposeDesktopBridge(page: Page): Promise<void> {
  const store = createMemorySecretStore();
  await page.exposeFunction("runSignDeviceChallenge", (challenge: string) =>
    signDeviceChallenge(store, portalUrl, challenge).then((outcome) =>
      outcome.ok ? outcome : { ok: false, error: outcome },
    ),
  );
  await page.addInitScript(() => {
    const exposed = window as unknown as { runSignDeviceChallenge: (c: string) => Promise<never> };
    (window as unknown as { gatehouse: unknown }).gatehouse = {
      platform: () =>
        Promise.resolve({
          ok: true,
          value: { os: "darwin", appVersion: "1.0.0", bundledServer: false },
        }),
      checkForUpdates: () =>
        Promise.resolve({ ok: true, value: { status: "up-to-date", currentVersion: "1.0.0" } }),
      onVerifyNow: () => () => undefined,
      onDeepLink: () => () => undefined,
      onResume: () => () => undefined,
      openExternal: () => Promise.resolve({ ok: true, value: null }),
      generateSshKey: () => Promise.resolve({ ok: false, error: { code: "X", message: "" } }),
      enrollDevice: () => Promise.resolve({ ok: false, error: { code: "X", message: "" } }),
      signDeviceChallenge: (challenge: string) => exposed.runSignDeviceChallenge(challenge),
    };
  });
}

async function addAuthenticator(page: Page): Promise<{ cdp: CDPSession; id: string }> {
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

test("set up Touch ID, sign in with one click, re-verify after 12 hours with it alone", async ({
  page,
}, testInfo) => {
  await exposeDesktopBridge(page);
  const { cdp, id } = await addAuthenticator(page);

  await signInWithPassword(page, demo.employee.email, demo.employee.password);
  await page.getByRole("link", { name: "Security" }).click();
  await page.getByRole("button", { name: "Set up Touch ID" }).click();
  await expect(page.getByRole("list", { name: "Device logins" })).toContainText("Touch ID");
  await expect(page.getByTestId("verification-countdown")).toContainText("next check in 12 h");
  await saveScreenshot(page, testInfo, "device-login-countdown");
  await saveScreenshot(page, testInfo, "devices-list");

  await page.context().clearCookies();
  await page.goto("/");
  const button = page.getByRole("button", { name: "Log in with Touch ID" });
  await expect(button).toBeVisible();
  await saveScreenshot(page, testInfo, "login-with-device-button");
  await button.click();
  await expect(page.getByRole("link", { name: "Security" })).toBeVisible();

  // The server's clock cannot be moved from here, so the session is aged in its database.
  const database = new DatabaseSync(databaseFile);
  database
    .prepare(
      "update sessions set verified_at = verified_at - 46800000, last_seen_at = last_seen_at - 60000",
    )
    .run();
  database.close();
  await page.reload();
  const verify = page.getByRole("button", { name: "Verify with Touch ID" });
  await expect(verify).toBeVisible();
  await expect(page.getByLabel("Password", { exact: true })).toHaveCount(0);
  await verify.click();
  await expect(page.getByRole("link", { name: "Security" })).toBeVisible();

  // With user verification off, the authenticator's answer is refused.
  await cdp.send("WebAuthn.setUserVerified", { authenticatorId: id, isUserVerified: false });
  await page.context().clearCookies();
  await page.goto("/");
  await page.getByRole("button", { name: "Log in with Touch ID" }).click();
  await expect(page.getByRole("alert")).toBeVisible();
  await expect(page.getByRole("link", { name: "Security" })).toHaveCount(0);
});
