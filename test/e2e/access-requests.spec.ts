// The access-request journey (issue 20) in real Chromium against a real server: the employee asks
// for an app, their manager approves in another browser, the tile appears, and once the access
// is past its end — aged in the database, the server runs on the real clock — the timers job
// (`gatehouse-admin requests run-timers`, the same job under the same lock) ends it: the tile is
// gone and a launch is refused.
import type { Page } from "@playwright/test";
import { expect, test, type AccountPortal } from "./account-fixtures.ts";
import { demo, saveScreenshot, signInWithPassword } from "./fixtures.ts";
import { openPortalDatabase } from "./portal-database.ts";

const appName = "Design Wiki";

/** A bookmark app granted through the group "Wiki readers", approved by the manager. */
async function makeRequestable(portal: AccountPortal): Promise<string> {
  const created = await portal.admin([
    "app",
    "create-bookmark",
    "--name",
    appName,
    "--url",
    "https://wiki.example.com/",
    "--notes",
    "Design system and brand guidelines.",
  ]);
  const appId = /: ([0-9a-f-]{36})$/m.exec(created)?.[1] ?? "";
  await portal.admin(["group", "create", "Wiki readers"]);
  await portal.admin([
    "request-flow",
    "set",
    appId,
    "--target-group",
    "Wiki readers",
    "--step",
    "manager",
    "--durations",
    "7,30",
  ]);
  return appId;
}

function onDatabase(portal: AccountPortal, sql: string, ...values: string[]): void {
  const database = openPortalDatabase(portal.databaseFile);
  try {
    database.prepare(sql).run(...values);
  } finally {
    database.close();
  }
}

const navigation = (page: Page) => page.getByRole("navigation", { name: "Portal" });
const tile = (page: Page) =>
  page.getByRole("list", { name: "Your applications" }).locator("[data-app-tile]", {
    hasText: appName,
  });

test("an employee's request, approved by their manager elsewhere, opens the app until its end", async ({
  page,
  browser,
  accountPortal,
}, testInfo) => {
  // Six screens, each scanned and saved in eight variants: more than the default on a busy machine.
  test.setTimeout(480_000);
  const appId = await makeRequestable(accountPortal);

  // The employee asks for the app, for 7 days, saying why.
  await signInWithPassword(page, demo.employee.email, demo.employee.password);
  await expect(navigation(page).getByRole("link", { name: "To approve" })).toHaveCount(0);
  await navigation(page).getByRole("link", { name: "Requests" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Requests" })).toBeVisible();
  const available = page.getByRole("list", { name: "Apps you can request" });
  await expect(
    available.getByText("Approved by the manager · For 7 days or 30 days"),
  ).toBeVisible();
  await page.getByRole("searchbox", { name: "Search apps you can request" }).fill("nothing");
  await expect(page.getByText("No app you can request matches “nothing”.")).toBeVisible();
  await page.getByRole("searchbox", { name: "Search apps you can request" }).fill("wiki");
  await saveScreenshot(page, testInfo, "requests");

  await page.getByRole("button", { name: `Request ${appName}` }).click();
  const form = page.getByRole("dialog", { name: `Request ${appName}` });
  await form.getByRole("button", { name: "Send request" }).click();
  await expect(form.getByRole("alert")).toHaveText("Say why you need the app.");
  await form.getByLabel("Why do you need it?").fill("I review the new brand pages this week.");
  await form.getByLabel("For how long?").selectOption({ label: "7 days" });
  await saveScreenshot(page, testInfo, "request-form");
  await form.getByRole("button", { name: "Send request" }).click();
  await expect(form).toBeHidden();

  const mine = page.getByRole("list", { name: "My requests" });
  await expect(mine.getByText("Waiting for approval")).toBeVisible();
  await expect(mine.getByText("Waiting for Sam Rivera")).toBeVisible();
  await expect(available.getByText("Requested", { exact: true })).toBeVisible();
  await saveScreenshot(page, testInfo, "requests-pending");

  // The manager (the demo admin) decides in another browser, after a fresh verification.
  const managerContext = await browser.newContext({ baseURL: accountPortal.url });
  const manager = await managerContext.newPage();
  await signInWithPassword(manager, demo.admin.email, demo.admin.password);
  await navigation(manager)
    .getByRole("link", { name: /To approve/ })
    .click();
  const item = manager.getByRole("listitem", { name: `Alex Morgan asks for ${appName}` });
  await expect(item.getByText("I review the new brand pages this week.")).toBeVisible();
  await expect(item.getByText("7 days")).toBeVisible();
  await saveScreenshot(manager, testInfo, "to-approve");
  onDatabase(
    accountPortal,
    "update sessions set verified_at = verified_at - 600000 where user_id = (select id from users where email = ?)",
    demo.admin.email,
  );
  await item.getByRole("button", { name: `Approve Alex Morgan’s request for ${appName}` }).click();
  const prompt = manager.getByRole("dialog", { name: "Confirm it’s you" });
  await expect(prompt).toBeVisible();
  await prompt.getByLabel("Password", { exact: true }).fill(demo.admin.password);
  await prompt.getByRole("button", { name: "Confirm" }).click();
  await expect(manager.getByText("Nothing is waiting for your decision.")).toBeVisible();
  await saveScreenshot(manager, testInfo, "to-approve-done");
  await managerContext.close();

  // The tile appears for the employee, and their request says until when.
  await page.reload();
  await expect(mine.getByText("Approved", { exact: true })).toBeVisible();
  await expect(mine.getByText(/^Approved by Sam Rivera on /)).toBeVisible();
  await expect(mine.getByText(/Access ends /)).toBeVisible();
  await saveScreenshot(page, testInfo, "requests-approved");
  await navigation(page).getByRole("link", { name: "Applications" }).click();
  await expect(tile(page)).toBeVisible();

  // Seven days later: the access ends by the timers job. The server runs it every minute and the
  // command line runs it now: whichever comes first ends the grant, once (a full test run saw the
  // server's come first). The command line's own count is tested in test/server/request-timers-cli.test.ts;
  // here what counts is what the employee sees next.
  onDatabase(
    accountPortal,
    "update access_requests set grant_ends_at = ? where app_id = ?",
    String(Date.now() - 60_000),
    appId,
  );
  expect(await accountPortal.admin(["requests", "run-timers"])).toMatch(
    /\b[01] time-bound grant\(s\) ended/,
  );

  // The tile still on screen from before is refused at launch, and gone once reloaded.
  await tile(page).click();
  await expect(page.getByRole("alert")).toContainText(`${appName} didn’t open.`);
  await page.reload();
  await expect(page.getByRole("list", { name: "Your applications" })).toBeVisible();
  await expect(tile(page)).toHaveCount(0);
  await navigation(page).getByRole("link", { name: "Requests" }).click();
  await expect(mine.getByText("Access ended", { exact: true })).toBeVisible();
  await expect(
    page.getByRole("button", { name: `Request ${appName}` }),
    "the app can be asked for again",
  ).toBeVisible();
});
