// The newcomer's journey in the desktop app: the bundled demo server starts, the portal loads
// from its origin with the bridge present, and the employee signs in and out.
import { expect, test } from "@playwright/test";
import { demoAccounts } from "../../server/demo/demo-accounts.ts";
import { useDesktopApp } from "./desktop-app.ts";

const desktopApp = useDesktopApp();

// eslint-disable-next-line no-empty-pattern -- Playwright fixtures must be destructured
test("the desktop app starts its bundled server and the employee signs in and out", async ({}, testInfo) => {
  const portal = await desktopApp().firstWindow();
  await expect(portal.getByLabel("Company email")).toBeVisible({ timeout: 30_000 });
  expect(new URL(portal.url()).hostname).toBe("localhost");

  const platform = await portal.evaluate(() => window.gatehouse?.platform());
  expect(platform).toMatchObject({ ok: true, value: { bundledServer: true } });

  await portal.getByLabel("Company email").fill(demoAccounts.employee.email);
  await portal.getByRole("button", { name: "Continue" }).click();
  await portal.getByLabel("Password", { exact: true }).fill(demoAccounts.employee.password);
  await portal.getByRole("button", { name: "Log in" }).click();
  await expect(portal.getByRole("button", { name: /account menu for Alex Morgan/i })).toHaveText(
    "AM",
  );
  await portal.screenshot({ path: testInfo.outputPath("desktop-portal.png") });

  await portal.getByRole("link", { name: "Profile" }).click();
  await expect(portal.getByRole("region", { name: "Profile details" })).toContainText(
    "alex.morgan@example.com",
  );

  await portal.getByRole("button", { name: /account menu for Alex Morgan/i }).click();
  await portal.getByRole("menuitem", { name: "Check for updates" }).click();
  await expect(portal.getByRole("status")).toHaveText(
    "Updates apply to the installed app, not a development build.",
  );
  await portal.getByRole("button", { name: "Close" }).click();

  await portal.getByRole("button", { name: /account menu for Alex Morgan/i }).click();
  await portal.getByRole("menuitem", { name: "Log out" }).click();
  await expect(portal.getByLabel("Company email")).toBeVisible();
  const status = await portal.evaluate(async () => (await fetch("/api/me")).status);
  expect(status).toBe(401);
});

test("a page off the portal origin never gets the bridge", async () => {
  const portal = await desktopApp().firstWindow();
  await expect(portal.getByLabel("Company email")).toBeVisible({ timeout: 30_000 });
  await portal.evaluate(() => window.location.assign("app://local/first-run"));
  await expect(portal.getByRole("heading", { name: "Connect to your organization" })).toBeVisible();
  expect(await portal.evaluate(() => typeof window.gatehouse)).toBe("undefined");
});
