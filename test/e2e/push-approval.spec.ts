// Sign-in approval with number matching end to end in Chromium (issue 17), two contexts on one
// real server: a browser signing in, and the desktop app's page (portal origin, the bridge
// stand-in with the real device key signer, the virtual platform authenticator) approving.
// The right number signs the browser in; a wrong number and "This wasn't me" deny it.
import type { Browser } from "@playwright/test";
import { logAnswers, type AnswerLog } from "./answer-log.ts";
import { demo, expect, openSecurity, saveScreenshot, signInWithPassword } from "./fixtures.ts";
import {
  keepWaitingRequestsAlive,
  requestReachesDesktop,
  setUpDesktopApp,
  type DesktopInbox,
} from "./push-fixtures.ts";
import { test } from "./device-fixtures.ts";

test.skip(
  ({ browserName }) => browserName !== "chromium",
  "The WebAuthn virtual authenticator is a Chromium DevTools feature; Firefox and WebKit have none.",
);

type WaitAnswer = { prompt: { status: string }; next?: string };

/** The browser's next long-poll answer that says what became of its request. */
function browserLearns(waits: AnswerLog<WaitAnswer>, done: (answer: WaitAnswer) => boolean) {
  return waits.next(({ status, body }) => status === 200 && body !== undefined && done(body));
}

/**
 * Another browser signs in with the password and waits; returns its page, its long polls'
 * answers (logged from the start, answer-log.ts) and the number.
 */
async function signInElsewhere(browser: Browser, baseURL: string, inbox: DesktopInbox) {
  const reached = requestReachesDesktop(inbox);
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const waits = await logAnswers<WaitAnswer>(page, /\/api\/auth\/push\/wait$/);
  await signInWithPassword(page, demo.employee.email, demo.employee.password);
  await expect(page.getByRole("heading", { name: "Approve on your desktop app" })).toBeVisible();
  await expect(page.getByText("Open Gatehouse on Alex’s MacBook")).toBeVisible();
  const label = await page.getByLabel(/^Number \d\d$/).getAttribute("aria-label");
  await reached;
  keepWaitingRequestsAlive();
  return { page, waits, number: Number(label?.slice("Number ".length)) };
}

test("the browser shows a number, the desktop app offers three, and picking it signs the browser in", async ({
  page,
  browser,
  devicePortal,
}, testInfo) => {
  const inbox = await setUpDesktopApp(page);
  const elsewhere = await signInElsewhere(browser, devicePortal.url, inbox);
  await saveScreenshot(elsewhere.page, testInfo, "push-browser-waiting");

  const dialog = page.getByRole("dialog", { name: "Is this you signing in?" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(demo.employee.email);
  const choices = dialog.getByRole("group").getByRole("button");
  await expect(choices).toHaveCount(3);
  await expect(dialog.getByRole("button", { name: String(elsewhere.number) })).toBeVisible();
  await saveScreenshot(page, testInfo, "push-desktop-request");

  const signedIn = browserLearns(elsewhere.waits, (answer) => answer.next !== undefined);
  await dialog.getByRole("button", { name: String(elsewhere.number), exact: true }).click();
  await expect(page.getByRole("dialog", { name: "Sign-in approved" })).toBeVisible();
  await signedIn;
  await expect(elsewhere.page.getByRole("link", { name: "Security" })).toBeVisible();
  await saveScreenshot(page, testInfo, "push-desktop-approved");
  await elsewhere.page.context().close();
});

test("a wrong number denies the sign-in; the browser may send another request", async ({
  page,
  browser,
  devicePortal,
}, testInfo) => {
  const inbox = await setUpDesktopApp(page);
  const elsewhere = await signInElsewhere(browser, devicePortal.url, inbox);
  const dialog = page.getByRole("dialog", { name: "Is this you signing in?" });
  const wrong = dialog
    .getByRole("group")
    .getByRole("button")
    .filter({ hasNotText: String(elsewhere.number) })
    .first();
  const denied = browserLearns(elsewhere.waits, (answer) => answer.prompt.status === "denied");
  await wrong.click();
  await expect(page.getByRole("dialog", { name: "Sign-in denied" })).toBeVisible();
  await denied;
  await expect(elsewhere.page.getByRole("alert")).toContainText("did not match");
  await saveScreenshot(page, testInfo, "push-desktop-denied");

  await expect(elsewhere.page.getByRole("button", { name: "Send another request" })).toBeVisible();
  await saveScreenshot(elsewhere.page, testInfo, "push-browser-denied");
  await expect(elsewhere.page.getByRole("link", { name: "Security" })).toHaveCount(0);
  await elsewhere.page.getByRole("button", { name: "Send another request" }).click();
  await expect(elsewhere.page.getByLabel(/^Number \d\d$/)).toBeVisible();
  await elsewhere.page.context().close();
});

test('"This wasn\'t me" denies the sign-in and locks the account', async ({
  page,
  browser,
  devicePortal,
}, testInfo) => {
  const inbox = await setUpDesktopApp(page);
  const elsewhere = await signInElsewhere(browser, devicePortal.url, inbox);
  const dialog = page.getByRole("dialog", { name: "Is this you signing in?" });
  const reported = browserLearns(elsewhere.waits, (answer) => answer.prompt.status === "denied");
  await dialog.getByRole("button", { name: "This wasn’t me" }).click();
  await expect(page.getByRole("dialog", { name: "Sign-in reported" })).toBeVisible();
  await reported;
  await expect(elsewhere.page.getByRole("alert")).toContainText("locked your account");
  await saveScreenshot(page, testInfo, "push-desktop-reported");

  await expect(elsewhere.page.getByRole("button", { name: "Send another request" })).toHaveCount(0);
  await saveScreenshot(elsewhere.page, testInfo, "push-browser-reported");
  await elsewhere.page.context().close();
});

test("Security shows sign-in approval with the computer that approves, and turns it off", async ({
  page,
}, testInfo) => {
  await setUpDesktopApp(page);
  await openSecurity(page);
  const card = page.getByRole("region", { name: "Sign-in approval on your desktop app" });
  await expect(card).toContainText("Alex’s MacBook");
  await expect(card).toContainText("On");
  await saveScreenshot(page, testInfo, "push-security-card");
  await card.getByRole("button", { name: "Turn off" }).click();
  await page
    .getByRole("dialog", { name: "Turn off sign-in approval?" })
    .getByRole("button", { name: "Turn off" })
    .click();
  await expect(card).toContainText("Turned off");
  await expect(card.getByRole("button", { name: "Turn on" })).toBeVisible();
});
