// Clicking an access request's notification in the desktop app (issue 20), in real Chromium with
// the desktop bridge stand-in: main sends "open-approvals" (what main/push-approvals.ts does on
// the click), the portal page goes to the To approve list with the request, and approving there
// still asks for a recent verification. main's own part — the poll, the notification and its
// click — is in test/electron/approval-notification.spec.ts and the unit tests of main/core/.
import { expect, test, type AccountPortal } from "./account-fixtures.ts";
import { emitDesktopEvent, exposeDesktopBridge } from "./device-fixtures.ts";
import { demo, saveScreenshot, signInWithPassword } from "./fixtures.ts";
import { openPortalDatabase } from "./portal-database.ts";

const appName = "Expense Reports";

/** A bookmark app its requesters' manager approves, granted through a group. */
async function makeRequestable(portal: AccountPortal): Promise<string> {
  const created = await portal.admin([
    "app",
    "create-bookmark",
    "--name",
    appName,
    "--url",
    "https://expenses.example.com/",
  ]);
  const appId = /: ([0-9a-f-]{36})$/m.exec(created)?.[1] ?? "";
  await portal.admin(["group", "create", "Expense users"]);
  await portal.admin([
    "request-flow",
    "set",
    appId,
    "--target-group",
    "Expense users",
    "--step",
    "manager",
  ]);
  return appId;
}

test("the notification's click opens To approve in the desktop app, where approving asks to verify", async ({
  page,
  browser,
  accountPortal,
}, testInfo) => {
  test.setTimeout(240_000);
  const appId = await makeRequestable(accountPortal);

  // The employee (managed by the demo admin) asks for the app in their own browser.
  const employeeContext = await browser.newContext({ baseURL: accountPortal.url });
  const employee = await employeeContext.newPage();
  await signInWithPassword(employee, demo.employee.email, demo.employee.password);
  await expect(
    employee.getByRole("button", { name: /account menu for Alex Morgan/ }),
  ).toBeVisible();
  const asked = await employee.evaluate(async (id) => {
    const response = await fetch("/api/requests", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        appId: id,
        reason: "Travel costs for the Lisbon workshop.",
        durationDays: null,
      }),
    });
    return `${response.status} ${await response.text()}`;
  }, appId);
  expect(asked).toMatch(/^200 /);
  await employeeContext.close();

  // The manager's desktop app, on another page of the portal when the notification is clicked.
  await exposeDesktopBridge(page);
  await signInWithPassword(page, demo.admin.email, demo.admin.password);
  await expect(page.getByRole("heading", { level: 1, name: "Applications" })).toBeVisible();
  await emitDesktopEvent(page, "deepLink", { kind: "open-approvals" });
  await expect(page).toHaveURL(/\/approvals$/);
  await expect(page.getByRole("heading", { level: 1, name: "To approve" })).toBeVisible();
  const item = page.getByRole("listitem", { name: `Alex Morgan asks for ${appName}` });
  await expect(item.getByText("Travel costs for the Lisbon workshop.")).toBeVisible();
  await saveScreenshot(page, testInfo, "desktop-to-approve-from-notification");

  // Approving needs a verification in the last 5 minutes: the sign-in is older than that now.
  const database = openPortalDatabase(accountPortal.databaseFile);
  try {
    database
      .prepare(
        "update sessions set verified_at = verified_at - 600000 where user_id = (select id from users where email = ?)",
      )
      .run(demo.admin.email);
  } finally {
    database.close();
  }
  await item.getByRole("button", { name: `Approve Alex Morgan’s request for ${appName}` }).click();
  const prompt = page.getByRole("dialog", { name: "Confirm it’s you" });
  await expect(prompt).toBeVisible();
  await saveScreenshot(page, testInfo, "desktop-to-approve-verify");
  await prompt.getByLabel("Password", { exact: true }).fill(demo.admin.password);
  await prompt.getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByText("Nothing is waiting for your decision.")).toBeVisible();

  // A click while the list is already open reads it afresh (here: still nothing waiting).
  await emitDesktopEvent(page, "deepLink", { kind: "open-approvals" });
  await expect(page).toHaveURL(/\/approvals$/);
  await expect(page.getByText("Nothing is waiting for your decision.")).toBeVisible();
});
