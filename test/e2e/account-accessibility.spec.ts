// The account screens in their less travelled states — the admin-portal switch, forgot password,
// the live checklist, a field being edited, the read-only profile, every Security section with
// its dialogs, and the failures a person can meet — pass axe in light and dark at 1280 and
// 390 px (saveScreenshot → test/e2e/screens.ts).
import { openSecurity, saveScreenshot, signInWithPassword } from "./fixtures.ts";
import { createAccount, expect, test } from "./account-fixtures.ts";

test("sign-in extras and forgot password", async ({ page }, testInfo) => {
  await page.goto("/");
  await page.getByRole("radio", { name: "Admin portal" }).click();
  await expect(page.getByRole("heading", { name: "Sign in to the admin portal" })).toBeVisible();
  await saveScreenshot(page, testInfo, "admin-portal-switch");

  await page.getByRole("radio", { name: "User portal" }).click();
  await page.getByLabel("Company email").fill("someone@example.com");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByLabel("Password", { exact: true })).toBeVisible();
  await saveScreenshot(page, testInfo, "login-password-step");
  await page.getByRole("button", { name: "Forgot password?" }).click();
  await expect(page.getByRole("heading", { name: "Reset your password" })).toBeVisible();
  await saveScreenshot(page, testInfo, "forgot-password-form");
});

test("Security's sections, the profile being edited and read-only", async ({
  page,
  accountPortal,
}, testInfo) => {
  const account = await createAccount(accountPortal, "axe");
  await signInWithPassword(page, account.email, account.password);
  await openSecurity(page);
  await page.getByLabel("New password", { exact: true }).fill("password");
  await expect(page.getByRole("list", { name: "Password requirements" })).toBeVisible();
  await saveScreenshot(page, testInfo, "security-sign-in");

  for (const [section, name] of [
    ["Devices", "security-devices-section"],
    ["Sessions", "security-sessions-section"],
    ["SSH keys", "security-ssh-keys-empty"],
    ["Sign-in history", "security-history-sign-ins"],
  ] as const) {
    await openSecurity(page, section);
    await expect(page.getByRole("link", { name: section })).toHaveAttribute("aria-current", "page");
    await expect(page.getByText(/^Loading/)).toHaveCount(0);
    await saveScreenshot(page, testInfo, name);
  }
  const history = page.getByRole("region", { name: "Sign-in history" });
  await history.getByRole("radio", { name: "Security changes" }).check();
  await expect(history.getByText("No security changes yet.")).toBeVisible();
  await saveScreenshot(page, testInfo, "security-history-changes-empty");
  await history.getByRole("radio", { name: "All" }).check();
  await expect(history.getByRole("listitem").filter({ hasText: "Account created" })).toBeVisible();
  // An admin's doing is not the user's to report; their own sign-in is.
  await expect(
    history.getByRole("listitem").filter({ hasText: "Account created" }).getByRole("button"),
  ).toHaveCount(0);
  await expect(
    history.getByRole("listitem").filter({ hasText: "Signed in" }).getByRole("button"),
  ).toHaveText("This wasn’t me");

  await openSecurity(page, "SSH keys");
  await page.getByRole("button", { name: "Add SSH key" }).click();
  await page.getByRole("button", { name: "Add key" }).click();
  await expect(page.getByText("Paste your public key.")).toBeVisible();
  await saveScreenshot(page, testInfo, "security-ssh-key-form-error");

  await page
    .getByRole("navigation", { name: "Portal" })
    .getByRole("link", { name: "Profile" })
    .click();
  // The navigation stays in view however far the page scrolls.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(
    page.getByRole("navigation", { name: "Portal" }).getByRole("link", { name: "Security" }),
  ).toBeInViewport();
  await page.getByRole("button", { name: /^Job title/ }).click();
  await expect(page.getByRole("button", { name: "Save" })).toBeVisible();
  await saveScreenshot(page, testInfo, "profile-field-editing");

  await accountPortal.admin([
    "policy",
    "set",
    "profile",
    "jobTitle=locked",
    "department=locked",
    "employeeId=locked",
    "manager=locked",
    "costCenter=locked",
    "officeLocation=locked",
    "startDate=locked",
  ]);
  try {
    await page.reload();
    await expect(page.getByRole("note")).toBeVisible();
    await saveScreenshot(page, testInfo, "profile-managed");
  } finally {
    await accountPortal.admin([
      "policy",
      "set",
      "profile",
      "jobTitle=editable",
      "department=editable",
      "employeeId=editable",
      "manager=editable",
      "costCenter=editable",
      "officeLocation=editable",
      "startDate=editable",
    ]);
  }
});

test("failures a person can meet: the server away, apps that do not load", async ({
  page,
  accountPortal,
}, testInfo) => {
  const account = await createAccount(accountPortal, "failures");
  await signInWithPassword(page, account.email, account.password);
  await expect(page.getByRole("heading", { name: "Applications", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "No applications yet" })).toBeVisible();
  await saveScreenshot(page, testInfo, "applications-empty");

  await page.route("**/api/apps", (route) =>
    route.fulfill({
      status: 500,
      contentType: "application/json",
      body: JSON.stringify({ code: "INTERNAL", message: "The server could not answer." }),
    }),
  );
  await page.reload();
  await expect(page.getByRole("alert")).toContainText("Your applications could not be loaded.");
  await saveScreenshot(page, testInfo, "applications-failed");

  await page.route("**/api/me", (route) => route.abort("connectionrefused"));
  await page.reload();
  await expect(page.getByRole("heading", { name: /can’t reach Gatehouse/ })).toBeVisible();
  await saveScreenshot(page, testInfo, "server-unreachable");
  await page.unroute("**/api/me");
  await page.unroute("**/api/apps");
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { name: "Applications", exact: true })).toBeVisible();
});
