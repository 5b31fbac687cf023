// Per-app MFA at launch answered on the desktop app (issue 17) end to end in Chromium, two
// contexts on one real server: the desktop app's page (portal origin, the bridge stand-in with
// the real device key signer, the virtual platform authenticator) opens an app that requires MFA
// — its launch link goes to the "system browser", a second context — and approves there with the
// number that browser shows; a wrong number and "This wasn't me" deny it.
import type { Browser, Page } from "@playwright/test";
import { expect, saveScreenshot } from "./fixtures.ts";
import {
  keepWaitingRequestsAlive,
  requestReachesDesktop,
  setUpDesktopApp,
  type DesktopInbox,
} from "./push-fixtures.ts";
import { desktopAsked, test } from "./device-fixtures.ts";

test.skip(
  ({ browserName }) => browserName !== "chromium",
  "The WebAuthn virtual authenticator is a Chromium DevTools feature; Firefox and WebKit have none.",
);

const payroll = "Demo Payroll";

/**
 * The desktop app opens Demo Payroll: its tile hands the launch link to the system browser (the
 * bridge stand-in records it), which a second context opens. Returns that page and its number.
 */
async function openPayrollInBrowser(
  browser: Browser,
  baseURL: string,
  desktop: Page,
  inbox: DesktopInbox,
) {
  await desktop
    .getByRole("navigation", { name: "Portal" })
    .getByRole("link", { name: "Applications" })
    .click();
  const reached = requestReachesDesktop(inbox);
  await desktop
    .getByRole("list", { name: "Your applications" })
    .locator("[data-app-tile]", { hasText: payroll })
    .click();
  await expect.poll(async () => (await desktopAsked(desktop)).opened).toHaveLength(1);
  const [url = ""] = (await desktopAsked(desktop)).opened;
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.getByRole("heading", { name: "Approve on your desktop app" })).toBeVisible();
  await expect(page.getByText("Open Gatehouse on Alex’s MacBook")).toBeVisible();
  const label = await page.getByLabel(/^Number \d\d$/).getAttribute("aria-label");
  await reached;
  keepWaitingRequestsAlive();
  return { page, number: Number(label?.slice("Number ".length)) };
}

test("the desktop app names the app being opened, and picking the browser's number opens it", async ({
  page,
  browser,
  devicePortal,
}, testInfo) => {
  const inbox = await setUpDesktopApp(page);
  const opened = await openPayrollInBrowser(browser, devicePortal.url, page, inbox);
  await expect(opened.page.getByText(payroll)).toBeVisible();
  await saveScreenshot(opened.page, testInfo, "push-step-up-browser-waiting");

  const dialog = page.getByRole("dialog", { name: `Is this you opening ${payroll}?` });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(payroll);
  await expect(dialog.getByRole("group").getByRole("button")).toHaveCount(3);
  await saveScreenshot(page, testInfo, "push-step-up-desktop-request");

  await dialog.getByRole("button", { name: String(opened.number), exact: true }).click();
  await expect(page.getByRole("dialog", { name: `Opening ${payroll} approved` })).toContainText(
    `The browser is opening ${payroll} now.`,
  );
  // The page's long poll learns of the approval and continues into the app, signed in.
  await expect(opened.page.getByText("Signed in with SAML 2.0")).toBeVisible();
  await expect(opened.page.getByRole("heading", { name: "Welcome, Alex Morgan" })).toBeVisible();
  await saveScreenshot(page, testInfo, "push-step-up-desktop-approved");
  await opened.page.context().close();
});

test('a wrong number denies the launch and the page offers another request; "This wasn\'t me" ends it', async ({
  page,
  browser,
  devicePortal,
}, testInfo) => {
  const inbox = await setUpDesktopApp(page);
  const opened = await openPayrollInBrowser(browser, devicePortal.url, page, inbox);
  const dialog = page.getByRole("dialog", { name: `Is this you opening ${payroll}?` });
  await dialog
    .getByRole("group")
    .getByRole("button")
    .filter({ hasNotText: String(opened.number) })
    .first()
    .click();
  const denied = page.getByRole("dialog", { name: `Opening ${payroll} denied` });
  await expect(denied).toContainText(`so ${payroll} was not opened`);
  await expect(opened.page.getByRole("alert")).toContainText("did not match");
  await saveScreenshot(opened.page, testInfo, "push-step-up-browser-denied");
  await saveScreenshot(page, testInfo, "push-step-up-desktop-denied");
  await denied.getByRole("button").first().click();

  await opened.page.getByRole("button", { name: "Send another request" }).click();
  await expect(opened.page.getByLabel(/^Number \d\d$/)).toBeVisible();
  const again = page.getByRole("dialog", { name: `Is this you opening ${payroll}?` });
  await again.getByRole("button", { name: "This wasn’t me" }).click();
  await expect(page.getByRole("dialog", { name: `Opening ${payroll} reported` })).toContainText(
    `We stopped ${payroll} from opening`,
  );
  await saveScreenshot(page, testInfo, "push-step-up-desktop-reported");
  await expect(opened.page.getByRole("heading", { name: "Launch reported" })).toBeVisible();
  await expect(opened.page.getByText("locked your account")).toBeVisible();
  await saveScreenshot(opened.page, testInfo, "push-step-up-browser-reported");
  await opened.page.context().close();
});
