// Shared steps of the admin console's journeys.
import type { Page } from "@playwright/test";
import { expect } from "./account-fixtures.ts";
import { demo } from "./fixtures.ts";

/** Signs the demo admin in through "Admin portal"; the console opens on Users. */
export async function signInToConsole(page: Page): Promise<void> {
  await page.goto("/");
  await page.getByRole("radio", { name: "Admin portal" }).click();
  await page.getByLabel("Company email").fill(demo.admin.email);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Password", { exact: true }).fill(demo.admin.password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
}
