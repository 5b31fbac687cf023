// Changing an existing app in the console (issue 16), in Chromium against the real server: a SAML
// app's ACS URL edited to a bad value is refused under its field and nothing of the change is
// saved; fixed, it is saved and the audit log shows the value before and after. And the browser
// path of a client secret rotation by an admin whose verification is older than 5 minutes (aged in
// the database, as test/e2e/access-requests.spec.ts does): the prompt, the password, the new
// secret shown once. Each screen is scanned by axe in light and dark at 1280 and 390 px.
import type { Page } from "@playwright/test";
import { expect, test, type AccountPortal } from "./account-fixtures.ts";
import { signInToConsole } from "./console-fixtures.ts";
import { demo, saveScreenshot } from "./fixtures.ts";
import { openPortalDatabase } from "./portal-database.ts";

type AdminApp = { id: string; displayName: string; saml?: { acsUrl: string } };

async function createAppThroughApi(page: Page, portal: AccountPortal, body: object) {
  const created = await page.request.post("/api/admin/apps", {
    data: body,
    headers: { origin: portal.url },
  });
  expect(created.status()).toBe(200);
  return (await created.json()) as { app: AdminApp; clientSecret?: string };
}

async function appNow(page: Page, id: string): Promise<AdminApp> {
  return (await (await page.request.get(`/api/admin/apps/${id}`)).json()) as AdminApp;
}

test("edit a SAML app: a bad ACS URL is refused on its field and nothing is saved; fixed, the audit log shows before and after", async ({
  page,
  accountPortal,
}, testInfo) => {
  const stamp = Date.now();
  await signInToConsole(page);
  const { app } = await createAppThroughApi(page, accountPortal, {
    kind: "saml",
    displayName: `Payroll ${stamp}`,
    saml: { entityId: "https://payroll.example.com/sp", acsUrl: "https://payroll.example.com/acs" },
  });
  await page.goto(`/admin/apps/${app.id}`);
  await expect(page.getByRole("heading", { level: 1, name: `Payroll ${stamp}` })).toBeVisible();
  await page.getByRole("button", { name: "Edit settings" }).click();
  const form = page.getByRole("region", { name: "Edit settings" });
  await expect(form.getByLabel("Name", { exact: true })).toHaveValue(`Payroll ${stamp}`);
  await saveScreenshot(page, testInfo, "console-app-edit");

  // A new name and a bad ACS URL in one change: the ACS is refused, and the name is not saved.
  await form.getByLabel("Name", { exact: true }).fill(`Payroll EU ${stamp}`);
  const acs = form.getByLabel("ACS URL (where the response is posted)");
  await acs.fill("http://payroll.example.com/acs");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(acs).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByText("Use an https:// address")).toBeVisible();
  await expect(acs).toHaveValue("http://payroll.example.com/acs"); // the admin's edit stays
  await saveScreenshot(page, testInfo, "console-app-edit-refused");
  const unchanged = await appNow(page, app.id);
  expect(unchanged.displayName).toBe(`Payroll ${stamp}`);
  expect(unchanged.saml?.acsUrl).toBe("https://payroll.example.com/acs");

  await acs.fill("https://payroll.example.com/saml/acs");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Payroll EU ${stamp}` })).toBeVisible();
  const settings = page.getByRole("region", { name: "Settings" });
  await expect(settings.getByText("https://payroll.example.com/saml/acs")).toBeVisible();
  expect((await appNow(page, app.id)).saml?.acsUrl).toBe("https://payroll.example.com/saml/acs");

  // The audit log names the change with each value before and after.
  await page
    .getByRole("navigation", { name: "Admin console" })
    .getByRole("link", { name: "Audit log" })
    .click();
  await page.getByLabel("Event", { exact: true }).selectOption({ label: "App changed" });
  await page.getByRole("button", { name: "Show events" }).click();
  const row = page
    .getByRole("region", { name: "Audit events" })
    .getByRole("row")
    .filter({ hasText: `Payroll EU ${stamp}` });
  await expect(row).toHaveCount(1);
  await expect(
    row.getByText(
      "acs url: https://payroll.example.com/acs → https://payroll.example.com/saml/acs",
    ),
  ).toBeVisible();
  await expect(row.getByText(`display name: Payroll ${stamp} → Payroll EU ${stamp}`)).toBeVisible();
  await expect(row).toContainText(demo.admin.email);
  await saveScreenshot(page, testInfo, "console-audit-app-change");
});

test("rotating a client secret after 5 minutes asks for the password first, then shows the new secret once", async ({
  page,
  accountPortal,
}, testInfo) => {
  const stamp = Date.now();
  await signInToConsole(page);
  const { app, clientSecret } = await createAppThroughApi(page, accountPortal, {
    kind: "oidc",
    displayName: `Ledger ${stamp}`,
    oidc: {
      redirectUris: ["https://ledger.example.com/cb"],
      initiateLoginUri: "https://ledger.example.com/login",
      confidential: true,
    },
  });
  await page.goto(`/admin/apps/${app.id}`);
  await page.getByRole("button", { name: "Edit settings" }).click();
  await expect(page.getByLabel("ID token signing algorithm")).toHaveValue("ES256");
  await saveScreenshot(page, testInfo, "console-app-edit-oidc");
  await page.getByRole("button", { name: "Cancel" }).click();

  // The admin's last verification is now 10 minutes old.
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

  const card = page.getByRole("region", { name: "Client secret" });
  await card.getByRole("button", { name: "Rotate secret" }).click();
  await page
    .getByRole("dialog", { name: "Rotate the client secret?" })
    .getByRole("button", { name: "Rotate secret" })
    .click();
  const prompt = page.getByRole("dialog", { name: "Confirm it’s you" });
  await expect(prompt).toBeVisible();
  await expect(card.locator("code")).toHaveCount(0); // nothing rotated before the password
  await saveScreenshot(page, testInfo, "console-app-secret-verify");
  await prompt.getByLabel("Password", { exact: true }).fill(demo.admin.password);
  await prompt.getByRole("button", { name: "Confirm" }).click();

  const rotated = card.locator("code");
  await expect(rotated).toHaveText(/^[\w-]{43}$/);
  const secret = ((await rotated.textContent()) ?? "").trim();
  expect(secret).not.toBe(clientSecret);
  await saveScreenshot(page, testInfo, "console-app-secret-rotated");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: `Ledger ${stamp}` })).toBeVisible();
  await expect(page.getByText(secret)).toHaveCount(0); // shown once, never again
});
