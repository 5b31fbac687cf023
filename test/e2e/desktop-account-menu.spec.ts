// The account menu's desktop-only items. Chromium has no desktop bridge, so these tests give the
// page a bridge object shaped by preload/contract.ts; the _electron suite covers the real one.
import type { Page } from "@playwright/test";
import type { GatehouseBridge, UpdateCheckResult } from "../../preload/contract.ts";
import { demo, expect, saveScreenshot, signInWithPassword, test } from "./fixtures.ts";

async function withBridge(page: Page, update: UpdateCheckResult) {
  await page.addInitScript((answer) => {
    const bridge: GatehouseBridge = {
      platform: () =>
        Promise.resolve({
          ok: true,
          value: {
            os: "darwin",
            appVersion: "1.4.2",
            bundledServer: false,
            updates: { enabled: true },
          },
        }),
      checkForUpdates: () => Promise.resolve({ ok: true, value: answer }),
      onVerifyNow: () => () => undefined,
      onDeepLink: () => () => undefined,
      onResume: () => () => undefined,
      showWindow: () => Promise.resolve({ ok: true, value: null }),
      reportLocale: () => Promise.resolve({ ok: true, value: null }),
      signDeviceChallenge: () =>
        Promise.resolve({ ok: false, error: { code: "NOT_ENROLLED", message: "Not enrolled." } }),
      enrollDevice: () =>
        Promise.resolve({ ok: false, error: { code: "ENROLLMENT_FAILED", message: "Offline." } }),
      generateSshKey: () =>
        Promise.resolve({ ok: false, error: { code: "SSH_KEYGEN_MISSING", message: "not here" } }),
      openExternal: () =>
        Promise.resolve({ ok: false, error: { code: "OPEN_FAILED", message: "not here" } }),
    };
    Object.defineProperty(window, "gatehouse", { value: bridge });
  }, update);
}

test("in the desktop app the account menu offers About and Check for updates", async ({
  page,
}, testInfo) => {
  await withBridge(page, {
    status: "available",
    currentVersion: "1.4.2",
    availableVersion: "1.5.0",
  });
  await signInWithPassword(page, demo.employee.email, demo.employee.password);
  const account = page.getByRole("button", { name: /account menu/i });

  await account.click();
  await page.getByRole("menuitem", { name: "About Gatehouse" }).click();
  const about = page.getByRole("dialog", { name: "About Gatehouse" });
  await expect(about).toContainText("1.4.2");
  await expect(about).toContainText("macOS");
  await expect(about).toContainText("Automatic (installed when you quit the app)");
  await saveScreenshot(page, testInfo, "desktop-about");
  await page.keyboard.press("Escape");
  await expect(about).toBeHidden();

  await account.click();
  await page.getByRole("menuitem", { name: "Check for updates" }).click();
  const updates = page.getByRole("dialog", { name: "Check for updates" });
  await expect(updates.getByRole("status")).toHaveText(/Gatehouse 1\.5\.0 is downloading/);
  await updates.getByRole("button", { name: "Close" }).click();
  await expect(updates).toBeHidden();
});

test("an organization that manages updates gets its reason shown", async ({ page }) => {
  await withBridge(page, {
    status: "disabled",
    reason: "Your organization manages updates of this app.",
  });
  await signInWithPassword(page, demo.employee.email, demo.employee.password);
  await page.getByRole("button", { name: /account menu/i }).click();
  await page.getByRole("menuitem", { name: "Check for updates" }).click();
  await expect(page.getByRole("status")).toHaveText(
    "Your organization manages updates of this app.",
  );
});

test("in a browser the desktop-only items are absent", async ({ page }) => {
  await signInWithPassword(page, demo.employee.email, demo.employee.password);
  await page.getByRole("button", { name: /account menu/i }).click();
  await expect(page.getByRole("menuitem", { name: "Log out" })).toBeVisible();
  await expect(page.getByRole("menuitem")).toHaveCount(1);
});
