// The app launcher in the web portal: tiles, instant search, details, keyboard navigation, and
// real SSO into the demo OIDC and SAML apps in a new tab (the web portal's "system browser").
import type { Page } from "@playwright/test";
import type { GatehouseBridge } from "../../preload/contract.ts";
import { decodeBase32 } from "../../server/auth/mfa/base32.ts";
import { hotp, totpStep } from "../../server/auth/mfa/totp.ts";
import {
  demo,
  expect,
  saveScreenshot,
  signInWithPassword,
  startPortalServer,
  test,
} from "./fixtures.ts";

async function openApplications(page: Page): Promise<void> {
  await signInWithPassword(page, demo.employee.email, demo.employee.password);
  await expect(page.getByRole("heading", { name: "Applications", exact: true })).toBeVisible();
  await expect(page.getByRole("list", { name: "Your applications" })).toBeVisible();
}

const tile = (page: Page, name: string) =>
  page
    .getByRole("list", { name: "Your applications" })
    .locator("[data-app-tile]", { hasText: name });

test("the employee finds an app by search, reads its details and moves between tiles by keyboard", async ({
  page,
}, testInfo) => {
  await openApplications(page);
  const grid = page.getByRole("list", { name: "Your applications" });
  await expect(grid.getByRole("listitem")).toHaveCount(4);
  await saveScreenshot(page, testInfo, "applications");
  // Tiles side by side never share a colour.
  const colours = await grid
    .locator(".app-icon-initials")
    .evaluateAll((icons) => icons.map((icon) => getComputedStyle(icon).backgroundColor));
  expect(new Set(colours).size).toBe(colours.length);
  // The Details buttons are targets of at least 24 × 24 px (WCAG 2.5.8).
  const details = await page
    .getByRole("button", { name: /^Details about/ })
    .first()
    .boundingBox();
  expect(details?.height).toBeGreaterThanOrEqual(24);
  expect(details?.width).toBeGreaterThanOrEqual(24);

  await page.getByRole("searchbox", { name: "Search applications" }).fill("expen");
  await expect(grid.getByRole("listitem")).toHaveCount(1);
  await expect(tile(page, "Demo Expenses")).toBeVisible();
  await expect(page.getByText("1 of 4 apps")).toBeVisible();
  await page.getByRole("searchbox", { name: "Search applications" }).fill("nothing like it");
  await expect(page.getByText("No app matches")).toBeVisible();
  await saveScreenshot(page, testInfo, "applications-no-match"); // no aria-controls to nothing
  await page.getByRole("button", { name: "Clear the search" }).click();
  await expect(grid.getByRole("listitem")).toHaveCount(4);

  await page.getByRole("button", { name: "Details about Demo Tracker" }).click();
  const dialog = page.getByRole("dialog", { name: "Demo Tracker" });
  await expect(dialog.getByText("Signs you in with OpenID Connect")).toBeVisible();
  await saveScreenshot(page, testInfo, "application-details");
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();

  const tiles = grid.locator("[data-app-tile]");
  await tiles.nth(0).focus();
  await page.keyboard.press("ArrowRight");
  await expect(tiles.nth(1)).toBeFocused();
  await page.keyboard.press("End");
  await expect(tiles.nth(3)).toBeFocused();
  await page.keyboard.press("Home");
  await expect(tiles.nth(0)).toBeFocused();
});

test("launching the demo OIDC and SAML apps lands signed in, in a new tab", async ({ page }) => {
  await openApplications(page);
  for (const [name, protocol] of [
    ["Demo Tracker", "Signed in with OpenID Connect"],
    ["Demo Expenses", "Signed in with SAML 2.0"],
  ] as const) {
    const [tab] = await Promise.all([
      page.context().waitForEvent("page"),
      tile(page, name).click(),
    ]);
    await expect(tab.getByText(protocol)).toBeVisible();
    await expect(tab.getByRole("heading", { name: "Welcome, Alex Morgan" })).toBeVisible();
    await expect(tab.getByText(demo.employee.email).first()).toBeVisible();
    await tab.close();
  }
});

test("an app that requires MFA stops at the step-up, and a used link says so", async ({
  page,
}, testInfo) => {
  await openApplications(page);
  const [tab] = await Promise.all([
    page.context().waitForEvent("page"),
    tile(page, "Demo Payroll").click(),
  ]);
  // The demo employee has no authenticator yet: the launch explains what to do, never opens.
  await expect(tab.getByRole("heading", { name: "Set up an authenticator first" })).toBeVisible();
  await expect(tab.getByRole("link", { name: "Return to portal" })).toBeVisible();
  await saveScreenshot(tab, testInfo, "step-up");
  const usedUrl = tab.url();
  await tab.goto(usedUrl);
  await expect(tab.getByRole("heading", { name: "This link doesn’t work anymore" })).toBeVisible();
  await expect(tab.getByText("already used")).toBeVisible();
  await saveScreenshot(tab, testInfo, "launch-error");
  await tab.getByRole("link", { name: "Return to portal" }).click();
  await expect(tab.getByRole("heading", { name: "Applications", exact: true })).toBeVisible();
});

test("in the desktop app a tile hands a one-time launch URL to the system browser", async ({
  page,
  baseURL,
}) => {
  // Chromium has no desktop bridge: give the page one shaped by preload/contract.ts that records
  // what it is asked to open (the _electron suite covers the real one).
  await page.addInitScript(() => {
    const opened: string[] = [];
    const failed = { ok: false as const, error: { code: "NOT_HERE", message: "not here" } };
    const bridge: GatehouseBridge = {
      platform: () =>
        Promise.resolve({
          ok: true,
          value: {
            os: "darwin",
            appVersion: "1.0.0",
            bundledServer: true,
            updates: { enabled: true },
          },
        }),
      checkForUpdates: () => Promise.resolve(failed),
      onVerifyNow: () => () => undefined,
      onDeepLink: () => () => undefined,
      onResume: () => () => undefined,
      showWindow: () => Promise.resolve({ ok: true, value: null }),
      reportLocale: () => Promise.resolve({ ok: true, value: null }),
      signDeviceChallenge: () =>
        Promise.resolve({ ok: false, error: { code: "NOT_ENROLLED", message: "Not enrolled." } }),
      enrollDevice: () =>
        Promise.resolve({ ok: false, error: { code: "ENROLLMENT_FAILED", message: "Offline." } }),
      generateSshKey: () => Promise.resolve(failed),
      openExternal: (url) => {
        opened.push(url);
        return Promise.resolve({ ok: true, value: null });
      },
    };
    Object.defineProperty(window, "gatehouse", { value: bridge });
    Object.defineProperty(window, "openedExternally", { value: opened });
  });
  await openApplications(page);
  await expect(page.getByText("They open in your browser.")).toBeVisible();
  let tabs = 0;
  page.context().on("page", () => {
    tabs += 1;
  });
  await tile(page, "Demo Tracker").click();
  await expect
    .poll(() =>
      page.evaluate(() => (window as unknown as { openedExternally: string[] }).openedExternally),
    )
    .toHaveLength(1);
  const [url] = await page.evaluate(
    () => (window as unknown as { openedExternally: string[] }).openedExternally,
  );
  expect(url).toMatch(
    new RegExp(`^${baseURL ?? ""}/launch/[A-Za-z0-9_-]{20}\\.[A-Za-z0-9_-]{27}$`),
  );
  expect(tabs).toBe(0);
});

test("with an authenticator, an app that requires MFA asks for a code, refuses a wrong one and opens with the right one", async ({
  browser,
}, testInfo) => {
  // Its own server: the demo employee gets an authenticator here, which other tests must not see.
  const portal = await startPortalServer();
  const context = await browser.newContext({ baseURL: portal.url });
  const page = await context.newPage();
  try {
    await openApplications(page);
    const headers = { origin: portal.url };
    const setup = await page.request.post("/api/me/mfa/totp/setup", { data: {}, headers });
    const { secret } = (await setup.json()) as { secret: string };
    // The server checks codes against its own clock; this machine's clock is the same one.
    const code = (offset = 0) => hotp(decodeBase32(secret), totpStep(Date.now()) + offset);
    // Confirm with the previous step's code (accepted too), so the current one is still unused.
    const confirmed = await page.request.post("/api/me/mfa/totp/confirm", {
      data: { code: code(-1) },
      headers,
    });
    expect(confirmed.status()).toBe(200);

    const [tab] = await Promise.all([
      context.waitForEvent("page"),
      tile(page, "Demo Payroll").click(),
    ]);
    await expect(tab.getByRole("heading", { name: "Verify it’s you" })).toBeVisible();
    await expect(tab.getByLabel("Verification code")).toBeFocused();
    await saveScreenshot(tab, testInfo, "step-up-code");
    await tab.getByLabel("Verification code").fill(code(3));
    await tab.getByRole("button", { name: "Verify and continue" }).click();
    await expect(tab.getByRole("alert")).toContainText("isn’t right");
    await saveScreenshot(tab, testInfo, "step-up-wrong-code");
    await tab.getByLabel("Verification code").fill(code());
    await tab.getByRole("button", { name: "Verify and continue" }).click();
    await expect(tab.getByText("Signed in with SAML 2.0")).toBeVisible();
    await expect(tab.getByRole("heading", { name: "Welcome, Alex Morgan" })).toBeVisible();
  } finally {
    await context.close();
    await portal.stop();
  }
});
