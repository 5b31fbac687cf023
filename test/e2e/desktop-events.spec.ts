// What main tells the portal page, end to end in Chromium with the real server and the virtual
// platform authenticator: the tray's "Verify now" and a wake or unlock ask for Touch ID on
// whatever page is open, the account menu shows the next check everywhere, and a gatehouse://
// link opens its app through the one-time launch ticket. The bridge is the contract-shaped fake
// of test/e2e/device-fixtures.ts; the _electron suite drives the real one.
import type { Page } from "@playwright/test";
import { demo, expect, openSecurity, saveScreenshot, signInWithPassword } from "./fixtures.ts";
import {
  addAuthenticator,
  desktopAsked,
  emitDesktopEvent,
  exposeDesktopBridge,
  onPortalDatabase,
  test,
} from "./device-fixtures.ts";

async function setUpTouchId(page: Page) {
  await exposeDesktopBridge(page);
  await addAuthenticator(page);
  await signInWithPassword(page, demo.employee.email, demo.employee.password);
  await openSecurity(page, "Devices");
  await page.getByRole("button", { name: "Set up Touch ID" }).click();
  await expect(page.getByRole("list", { name: "Device logins" })).toContainText("Touch ID");
}

test("the account menu shows the next check on every page, and Verify now restarts the clock", async ({
  page,
}, testInfo) => {
  await setUpTouchId(page);
  onPortalDatabase("update sessions set verified_at = verified_at - 10800000"); // 3 h ago
  await page.getByRole("link", { name: "Applications" }).click();
  await page.reload();
  await page.getByRole("button", { name: /account menu/i }).click();
  await expect(page.getByTestId("menu-verification-countdown")).toHaveText(
    /Verified with Touch ID 3 hours ago · next check in 9 hours/,
  );
  await saveScreenshot(page, testInfo, "account-menu-next-check");
  await page.getByRole("menuitem", { name: "Verify now with Touch ID" }).click();
  await expect
    .poll(async () => (await desktopAsked(page)).windowShown, { message: "window brought forward" })
    .toBe(1);
  await page.getByRole("button", { name: /account menu/i }).click();
  await expect(page.getByTestId("menu-verification-countdown")).toHaveText(
    /next check in 12 hours/,
  );
  await expect(page).toHaveURL(/\/applications$/);
});

test("the tray's Verify now asks for Touch ID on the page that is open", async ({ page }) => {
  await setUpTouchId(page);
  onPortalDatabase("update sessions set verified_at = verified_at - 10800000");
  await page.getByRole("link", { name: "Profile" }).click();
  await page.reload();
  // The portal listens for the tray's events once it has loaded; an event before that is lost.
  await expect(page.getByRole("heading", { name: "Profile", level: 1 })).toBeVisible();
  await emitDesktopEvent(page, "verifyNow");
  await expect.poll(async () => (await desktopAsked(page)).windowShown).toBe(1);
  await page.getByRole("button", { name: /account menu/i }).click();
  await expect(page.getByTestId("menu-verification-countdown")).toHaveText(
    /next check in 12 hours/,
  );
  await expect(page).toHaveURL(/\/profile$/);
});

test("after a wake past the 12-hour check, the window comes forward and Touch ID confirms", async ({
  page,
}) => {
  await setUpTouchId(page);
  await page.getByRole("link", { name: "Profile" }).click();
  onPortalDatabase("update sessions set verified_at = verified_at - 46800000"); // 13 h ago
  await emitDesktopEvent(page, "resume", { reason: "wake" });
  // The virtual authenticator answers the prompt at once; the user stays where they were.
  await expect.poll(async () => (await desktopAsked(page)).windowShown).toBe(1);
  await expect(page.getByRole("heading", { name: "Profile", level: 1 })).toBeVisible();
  await page.getByRole("button", { name: /account menu/i }).click();
  await expect(page.getByTestId("menu-verification-countdown")).toHaveText(
    /next check in 12 hours/,
  );
});

test("a wake before the check is due re-checks quietly, without a prompt", async ({ page }) => {
  await setUpTouchId(page);
  await emitDesktopEvent(page, "resume", { reason: "unlock" });
  await page.getByRole("button", { name: /account menu/i }).click();
  await expect(page.getByTestId("menu-verification-countdown")).toBeVisible();
  expect((await desktopAsked(page)).windowShown).toBe(0);
});

test("a gatehouse://app link opens that app through a one-time launch URL", async ({
  page,
}, testInfo) => {
  await exposeDesktopBridge(page);
  // A link that arrives while the login page shows waits for the sign-in.
  await page.goto("/");
  await expect(page.getByLabel("Company email")).toBeVisible();
  const apps = { first: "" };
  await emitDesktopEvent(page, "deepLink", { kind: "open-app", appId: "not-assigned-app" });
  await page.getByLabel("Company email").fill(demo.employee.email);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Password", { exact: true }).fill(demo.employee.password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("alert")).toHaveText(/does not exist or is not assigned to you/);
  await saveScreenshot(page, testInfo, "deep-link-unknown-app");
  await page.getByRole("button", { name: "Dismiss" }).click();

  apps.first = await page.evaluate(async () => {
    const body = (await (await fetch("/api/apps")).json()) as { apps: { id: string }[] };
    return body.apps[0]?.id ?? "";
  });
  expect(apps.first).not.toBe("");
  await emitDesktopEvent(page, "deepLink", { kind: "open-app", appId: apps.first });
  await expect
    .poll(async () => (await desktopAsked(page)).opened)
    .toEqual([expect.stringMatching(/\/launch\/[A-Za-z0-9_-]{20}\.[A-Za-z0-9_-]{27}$/)]);
  await expect(page.getByRole("alert")).toHaveCount(0);
});
