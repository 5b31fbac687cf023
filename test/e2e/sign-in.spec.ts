// The first journey of every newcomer: sign in as the demo employee, see who you are, sign out.
import AxeBuilder from "@axe-core/playwright";
import { demo, expect, saveScreenshot, signInWithPassword, test } from "./fixtures.ts";

test("a newcomer signs in, sees their initials and profile, and logs out for good", async ({
  page,
}, testInfo) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Sign in to your organization" })).toBeVisible();
  await saveScreenshot(page, testInfo, "login-page");

  await signInWithPassword(page, demo.employee.email, demo.employee.password);
  await expect(page.getByRole("heading", { name: "Applications", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Account menu for Alex Morgan" })).toHaveText("AM");
  await saveScreenshot(page, testInfo, "portal-applications");

  await page.getByRole("link", { name: "Profile" }).click();
  await expect(page).toHaveURL(/\/profile$/);
  const details = page.getByRole("region", { name: "Profile details" });
  await expect(details.getByText("alex.morgan@example.com")).toBeVisible();
  await expect(details.getByText("Alex Morgan")).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Employment information" }).getByText("Product Designer"),
  ).toBeVisible();
  await saveScreenshot(page, testInfo, "portal-profile");

  await page.getByRole("button", { name: "Account menu for Alex Morgan" }).click();
  const menu = page.getByRole("menu");
  await expect(menu.getByText("alex.morgan@example.com")).toBeVisible();
  await saveScreenshot(page, testInfo, "account-menu");
  await menu.getByRole("menuitem", { name: "Log out" }).click();

  await expect(page.getByLabel("Company email")).toBeVisible();
  const me = await page.request.get("/api/me");
  expect(me.status()).toBe(401);
  expect(await me.json()).toMatchObject({ code: "AUTH_REQUIRED" });
});

test("a wrong password is refused with a message and no session", async ({ page }) => {
  await signInWithPassword(page, demo.employee.email, "not-the-password");
  await expect(page.getByRole("alert")).toHaveText("The email or password is incorrect.");
  await expect(page.getByLabel("Password", { exact: true })).toBeFocused();
  expect((await page.request.get("/api/me")).status()).toBe(401);
});

test("the email step explains a malformed address before calling the server", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Company email").fill("alex.morgan");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(
    page.getByText("Enter your company email address, like name@company.com."),
  ).toBeVisible();
  await expect(page.getByLabel("Company email")).toHaveAttribute("aria-invalid", "true");
});

test("the portal works by keyboard alone", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByLabel("Company email")).toBeFocused();
  await page.keyboard.type(demo.employee.email);
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Password", { exact: true })).toBeFocused();
  await page.keyboard.type(demo.employee.password);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Applications", exact: true })).toBeVisible();

  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: /Account menu/ })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("menuitem", { name: "Log out" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("menu")).toBeHidden();
});

test("the login page and the portal have no WCAG A/AA violations axe can find", async ({
  page,
}) => {
  const scan = () =>
    new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  await page.goto("/");
  await expect(page.getByLabel("Company email")).toBeVisible();
  expect((await scan()).violations).toEqual([]);

  await signInWithPassword(page, demo.employee.email, demo.employee.password);
  await page.getByRole("link", { name: "Profile" }).click();
  await expect(page.getByRole("heading", { name: "Profile", exact: true })).toBeVisible();
  expect((await scan()).violations).toEqual([]);
});

test.describe("at 390 px wide", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the portal fits a phone-sized window", async ({ page }, testInfo) => {
    await page.goto("/");
    await saveScreenshot(page, testInfo, "login-page-narrow");
    await signInWithPassword(page, demo.employee.email, demo.employee.password);
    await page.getByRole("link", { name: "Profile" }).click();
    await expect(page.getByRole("heading", { name: "Profile", exact: true })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await saveScreenshot(page, testInfo, "portal-profile-narrow");
  });
});
