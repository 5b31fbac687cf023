// An access request's notification in the real desktop app (issue 20): the demo admin — the demo
// employee's manager — is signed in on an enrolled app hidden in the tray; the employee asks for
// an app elsewhere; main's watch (main/push-approvals.ts) shows the OS notification in words,
// its click brings the window forward at the portal's To approve list with the request, and once
// the employee withdraws the request the notification is withdrawn too.
// Skips itself, saying why, where no Electron binary exists.
import type { Page } from "@playwright/test";
import { expect, test } from "@playwright/test";
import { demoAccounts } from "../../server/demo/demo-accounts.ts";
import { browserElsewhere, useDesktopApp } from "./desktop-app.ts";

const desktopApp = useDesktopApp();
const appName = "Expense Reports";

/** JSON from the portal page, with its session and Origin. */
function callFromPage(portal: Page, route: string, body: object): Promise<Record<string, unknown>> {
  return portal.evaluate(
    async ([url, data]) =>
      (await (
        await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(data),
        })
      ).json()) as Record<string, unknown>,
    [route, body] as const,
  );
}

/** As the signed-in admin: an app the employee's manager approves, granted through a group. */
async function makeRequestable(portal: Page): Promise<string> {
  const created = await callFromPage(portal, "/api/admin/apps", {
    kind: "bookmark",
    displayName: appName,
    bookmark: { url: "https://expenses.example.com/" },
  });
  const appId = String((created.app as { id: string }).id);
  const groups = await callFromPage(portal, "/api/admin/groups", { name: "Expense users" });
  const group = (groups.groups as { id: string; name: string }[]).find(
    (candidate) => candidate.name === "Expense users",
  );
  const flow = await callFromPage(portal, `/api/admin/request-flows/${appId}`, {
    targetGroupId: group?.id,
    requestersGroupId: null,
    steps: [{ approver: "manager" }],
    durationsDays: [],
    maxDurationDays: null,
  });
  expect(flow).not.toHaveProperty("code");
  return appId;
}

test("notification → window → To approve, for a request made elsewhere", async () => {
  const app = desktopApp();
  await app.evaluate(({ Notification }) => {
    const shown: Electron.Notification[] = [];
    const closed: Electron.Notification[] = [];
    Object.assign(globalThis, { shownNotifications: shown, closedNotifications: closed });
    Notification.prototype.show = function show(this: Electron.Notification) {
      shown.push(this);
    };
    Notification.prototype.close = function close(this: Electron.Notification) {
      closed.push(this);
    };
  });
  const portal = await app.firstWindow();
  await expect(portal.getByLabel("Company email")).toBeVisible({ timeout: 30_000 });
  await portal.getByLabel("Company email").fill(demoAccounts.admin.email);
  await portal.getByRole("button", { name: "Continue" }).click();
  await portal.getByLabel("Password", { exact: true }).fill(demoAccounts.admin.password);
  await portal.getByRole("button", { name: "Log in" }).click();
  await expect(portal.getByRole("heading", { level: 1, name: "Applications" })).toBeVisible();
  const origin = new URL(portal.url()).origin;
  const appId = await makeRequestable(portal);

  // This device belongs to the admin: enrolled through the bridge with their connect key.
  const enrolled = await portal.evaluate(async () => {
    const key = (await (
      await fetch("/api/me/connect-keys", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{}",
      })
    ).json()) as { connectKey: string };
    const outcome = await window.gatehouse?.enrollDevice(key.connectKey);
    return outcome?.ok === true ? "enrolled" : (outcome?.error.code ?? "no bridge");
  });
  expect(enrolled).toBe("enrolled");
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.hide());

  const employee = browserElsewhere(origin);
  await employee("/api/auth/identify", { email: demoAccounts.employee.email });
  await employee("/api/auth/password", { password: demoAccounts.employee.password });
  const submitted = await employee("/api/requests", {
    appId,
    reason: "Lisbon workshop costs",
    durationDays: null,
  });
  expect(submitted).toMatchObject({ state: "pending" });

  const shown = () =>
    app.evaluate(() =>
      (
        (globalThis as { shownNotifications?: Electron.Notification[] }).shownNotifications ?? []
      ).map((notification) => ({ title: notification.title, body: notification.body })),
    );
  await expect.poll(shown, { timeout: 60_000 }).toEqual([
    {
      title: "Access request to approve",
      body: `Alex Morgan asks for ${appName}. Open Gatehouse to decide.`,
    },
  ]);
  // Still hidden: an access request waits for a decision, not for this second like a sign-in.
  expect(
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isVisible()),
  ).toBe(false);

  // The user clicks it (Notification is an EventEmitter; 'click' is what the OS raises).
  await app.evaluate(() => {
    const [notification] =
      (globalThis as { shownNotifications?: Electron.Notification[] }).shownNotifications ?? [];
    notification?.emit("click", { preventDefault: () => undefined });
  });
  await expect
    .poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isVisible()))
    .toBe(true);
  await expect(portal).toHaveURL(/\/approvals$/);
  await expect(
    portal.getByRole("listitem", { name: `Alex Morgan asks for ${appName}` }),
  ).toBeVisible();

  // The employee withdraws the request: the notification must not ask for it any more.
  expect(await employee(`/api/requests/${String(submitted.id)}/cancel`)).toEqual({});
  const closedTitles = () =>
    app.evaluate(() =>
      (
        (globalThis as { closedNotifications?: Electron.Notification[] }).closedNotifications ?? []
      ).map((notification) => notification.title),
    );
  await expect.poll(closedTitles, { timeout: 60_000 }).toEqual(["Access request to approve"]);
});
