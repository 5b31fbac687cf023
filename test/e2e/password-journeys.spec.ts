// Password journeys in Chromium against the real server: changing the password in Security with a
// live checklist, a forgotten password reset through the outbox link, a temporary password that must
// be replaced, and the expiry notice. Every screen is checked with axe in light and dark at 1280 and
// 390 px and saved as a screenshot (saveScreenshot).
import { openSecurity, saveScreenshot, signInWithPassword } from "./fixtures.ts";
import { createAccount, expect, test } from "./account-fixtures.ts";

test("a user changes their password in Security with a live checklist", async ({
  page,
  accountPortal,
}, testInfo) => {
  const account = await createAccount(accountPortal, "changer");
  await signInWithPassword(page, account.email, account.password);
  await openSecurity(page);
  const card = page.getByRole("region", { name: "Password" });
  await card.getByLabel("Current password", { exact: true }).fill(account.password);
  await card.getByLabel("New password", { exact: true }).fill("password123");
  const checklist = card.getByRole("list", { name: "Password requirements" });
  await expect(card.getByText("Strength: Too weak")).toBeVisible(); // the verdict on it is in
  await card.getByLabel("Confirm new password", { exact: true }).fill("password12");
  await card.getByRole("button", { name: "Change password" }).click();
  // The policy and the mismatch are reported together, before anything is sent.
  await expect(
    card.getByText("The new password does not meet every requirement yet."),
  ).toBeVisible();
  await expect(card.getByText("The passwords do not match.")).toBeVisible();
  await card.getByRole("button", { name: "Show new password" }).click();
  await expect(card.getByLabel("New password", { exact: true })).toHaveAttribute("type", "text");
  await expect(card.getByRole("button", { name: "Hide new password" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(checklist.getByText("Not a commonly used password")).toBeVisible();
  await expect(checklist.locator('[data-state="unmet"]')).not.toHaveCount(0);
  await saveScreenshot(page, testInfo, "security-password-checklist");

  await card.getByLabel("New password", { exact: true }).fill("Silver-Harbor-Kettle-42");
  await expect(checklist.locator('[data-state="unmet"]')).toHaveCount(0);
  await expect(card.getByText("Strength: Strong")).toBeVisible();
  await card.getByLabel("Confirm new password", { exact: true }).fill("Silver-Harbor-Kettle-42");
  await card.getByRole("button", { name: "Change password" }).click();
  await expect(card.getByRole("status")).toHaveText(/Your password was changed/);
  await saveScreenshot(page, testInfo, "security-password-changed");

  await page.context().clearCookies();
  await signInWithPassword(page, account.email, "Silver-Harbor-Kettle-42");
  await expect(page.getByRole("heading", { name: "Applications", exact: true })).toBeVisible();
});

test("a user resets a forgotten password through the link in the outbox", async ({
  page,
  accountPortal,
}, testInfo) => {
  const account = await createAccount(accountPortal, "forgetful");
  await page.goto("/");
  await page.getByLabel("Company email").fill(account.email);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: "Forgot password?" }).click();
  await expect(page.getByRole("heading", { name: "Reset your password" })).toBeVisible();
  await expect(page.getByLabel("Company email")).toHaveValue(account.email);
  await saveScreenshot(page, testInfo, "forgot-password");
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByRole("status")).toHaveText(/If that address belongs to an account/);
  await saveScreenshot(page, testInfo, "forgot-password-sent");

  const outbox = await accountPortal.admin(["mail", "list"]);
  const link = new RegExp(
    `To: ${account.email.replaceAll(".", "\\.")}[\\s\\S]*?(http://localhost:\\d+/reset-password#token=\\S+)`,
  ).exec(outbox)?.[1];
  expect(link).toBeDefined();
  await page.goto(link ?? "");
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await page.getByLabel("New password", { exact: true }).fill("Copper-Meadow-Lantern-9");
  await page.getByLabel("Confirm new password", { exact: true }).fill("Copper-Meadow-Lantern-9");
  await expect(page.locator('[data-state="unmet"]')).toHaveCount(0);
  await saveScreenshot(page, testInfo, "reset-password");
  await page.getByRole("button", { name: "Reset password" }).click();
  await expect(page.getByRole("heading", { name: "Your password was reset" })).toBeVisible();
  await saveScreenshot(page, testInfo, "reset-password-done");
  await page.getByRole("button", { name: "Go to sign in" }).click();
  await expect(page).toHaveURL(/\/login$/); // the token is gone from the address and history

  // The used link says so as soon as it opens, before anything is typed, and offers a new one.
  await page.goto(link ?? "");
  await expect(page.getByRole("heading", { name: "This link no longer works" })).toBeVisible();
  await expect(page.getByRole("alert")).toHaveText(/expired or was already used/);
  await expect(page.getByLabel("New password", { exact: true })).toHaveCount(0);
  await saveScreenshot(page, testInfo, "reset-link-used");
  await page.getByRole("button", { name: "Send a new link" }).click();
  await expect(page.getByRole("heading", { name: "Reset your password" })).toBeVisible();
  await expect(page).toHaveURL(/\/forgot-password$/);

  await page.goto("/reset-password#token=made-up.not-a-real-token");
  await expect(page.getByRole("heading", { name: "This link no longer works" })).toBeVisible();
  await signInWithPassword(page, account.email, "Copper-Meadow-Lantern-9");
  await expect(page.getByRole("heading", { name: "Applications", exact: true })).toBeVisible();
});

test("a temporary password must be replaced before the portal opens", async ({
  page,
  accountPortal,
}, testInfo) => {
  const account = await createAccount(accountPortal, "temporary");
  const output = await accountPortal.admin([
    "user",
    "temporary-password",
    "--email",
    account.email,
  ]);
  const temporary = /\(shown once\): (\S+)/.exec(output)?.[1] ?? "";
  await signInWithPassword(page, account.email, temporary);
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await saveScreenshot(page, testInfo, "forced-password-change");
  await page.getByLabel("Current password", { exact: true }).fill(temporary);
  await page.getByLabel("New password", { exact: true }).fill("Granite-Willow-Beacon-3");
  await page.getByLabel("Confirm new password", { exact: true }).fill("Granite-Willow-Beacon-3");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("heading", { name: "Applications", exact: true })).toBeVisible();
});

test("a password that expires soon is announced on every page, with the way to change it", async ({
  page,
  accountPortal,
}, testInfo) => {
  const account = await createAccount(accountPortal, "expiring");
  await accountPortal.admin(["policy", "set", "password", "maxAgeDays=5"]);
  try {
    await signInWithPassword(page, account.email, account.password);
    const banner = page.getByRole("status").filter({ hasText: "Your password expires in" });
    await expect(banner).toHaveText(/expires in 5 days/);
    await saveScreenshot(page, testInfo, "password-expiry-banner");
    await page
      .getByRole("navigation", { name: "Portal" })
      .getByRole("link", { name: "Profile" })
      .click();
    await expect(banner).toBeVisible();
    await banner.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByRole("region", { name: "Password" })).toContainText("Expires");
    await expect(banner).toHaveCount(0); // the form itself is on screen now
  } finally {
    await accountPortal.admin(["policy", "set", "password", "maxAgeDays=0"]);
  }
});
