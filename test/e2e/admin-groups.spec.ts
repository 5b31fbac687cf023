// The console's groups in Chromium against the real server (issue 16): create a group (an empty
// name is refused on its field first), rename it, add a person found by search, give the group
// an app — which the member then has — and remove the member again. Every screen is scanned by
// axe in light and dark at 1280 and 390 px, and in German, Arabic and the pseudo-locale.
import { createAccount, expect, test } from "./account-fixtures.ts";
import { signInToConsole } from "./console-fixtures.ts";
import { saveScreenshot } from "./fixtures.ts";

test("create a group, rename it, add a member by search and give the group an app", async ({
  page,
  browser,
  accountPortal,
}, testInfo) => {
  const account = await createAccount(accountPortal, "grouped");
  await signInToConsole(page);
  await page
    .getByRole("navigation", { name: "Admin console" })
    .getByRole("link", { name: "Groups" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Groups" })).toBeVisible();

  await page.getByRole("button", { name: "Create group" }).click();
  await expect(page.getByLabel("New group’s name")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("This field cannot be empty.")).toBeVisible();
  const stamp = Date.now();
  await page.getByLabel("New group’s name").fill(`Design ${stamp}`);
  await page.getByRole("button", { name: "Create group" }).click();
  await expect(page.getByLabel("New group’s name")).toHaveValue("");
  await saveScreenshot(page, testInfo, "console-groups");
  await page.getByRole("link", { name: `Design ${stamp}` }).click();

  await expect(page.getByRole("heading", { level: 1, name: `Design ${stamp}` })).toBeVisible();
  await page.getByLabel("Name", { exact: true }).fill(`Product design ${stamp}`);
  await page.getByRole("button", { name: "Rename" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: `Product design ${stamp}` }),
  ).toBeVisible();

  await page.getByLabel("Add a person").fill(account.email);
  const found = page.getByRole("list", { name: "People found" });
  await found.getByRole("listitem").filter({ hasText: account.email }).getByRole("button").click();
  const members = page.getByRole("region", { name: "Members" });
  await expect(members.getByRole("listitem").filter({ hasText: account.email })).toBeVisible();

  const apps = page.getByRole("region", { name: "Apps it grants" });
  const choice = apps.getByLabel("Give an app").locator("option").nth(1);
  const appId = (await choice.getAttribute("value")) ?? "";
  const appName = ((await choice.textContent()) ?? "").trim();
  expect(appId).not.toBe("");
  await apps.getByLabel("Give an app").selectOption(appId);
  await apps.getByRole("button", { name: "Give app" }).click();
  await expect(apps.getByRole("listitem").filter({ hasText: appName })).toBeVisible();
  await saveScreenshot(page, testInfo, "console-group");

  // The member now has the app, through the group.
  const context = await browser.newContext({ baseURL: accountPortal.url });
  const headers = { origin: accountPortal.url };
  await context.request.post("/api/auth/identify", { data: { email: account.email }, headers });
  await context.request.post("/api/auth/password", {
    data: { password: account.password },
    headers,
  });
  const assigned = (await (await context.request.get("/api/apps")).json()) as {
    apps: { id: string }[];
  };
  expect(assigned.apps.map((app) => app.id)).toContain(appId);
  await context.close();

  await members
    .getByRole("listitem")
    .filter({ hasText: account.email })
    .getByRole("button", { name: "Remove Riley Chen" })
    .click();
  await expect(members.getByText("No member yet.")).toBeVisible();
});
