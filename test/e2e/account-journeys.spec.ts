// Account journeys in Chromium against the real server: the locked-out message, profile editing and
// read-only mode, the admin-portal switch and re-verification of an idle session (the password
// journeys are in password-journeys.spec.ts). Every screen is checked with axe in light and dark at
// 1280 and 390 px and saved as a screenshot (saveScreenshot).
import { demo, openSecurity, saveScreenshot, signInWithPassword } from "./fixtures.ts";
import { createAccount, expect, test } from "./account-fixtures.ts";
import { openPortalDatabase } from "./portal-database.ts";

test("a locked account says so, with when to try again", async ({
  page,
  accountPortal,
}, testInfo) => {
  const account = await createAccount(accountPortal, "locked");
  await accountPortal.admin(["policy", "set", "lockout", "threshold=3", "mode=temporary"]);
  try {
    await page.goto("/");
    await page.getByLabel("Company email").fill(account.email);
    await page.getByRole("button", { name: "Continue" }).click();
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await page.getByLabel("Password", { exact: true }).fill(`wrong guess ${attempt}`);
      await page.getByRole("button", { name: "Log in" }).click();
      await expect(page.getByRole("alert")).toBeVisible();
    }
    await page.getByLabel("Password", { exact: true }).fill(account.password);
    await page.getByRole("button", { name: "Log in" }).click();
    await expect(page.getByRole("alert")).toHaveText(
      /Your account is locked after too many failed sign-in attempts\. Try again after .+, or contact your IT administrator\./,
    );
    await saveScreenshot(page, testInfo, "locked-out");
    expect((await page.request.get("/api/me")).status()).toBe(401);
  } finally {
    await accountPortal.admin(["policy", "set", "lockout", "threshold=10"]);
  }
});

test("a user edits their profile in place; read-only mode shows the admin manages it", async ({
  page,
  accountPortal,
}, testInfo) => {
  const account = await createAccount(accountPortal, "profiler");
  await signInWithPassword(page, account.email, account.password);
  await page.getByRole("link", { name: "Profile" }).click();
  const employment = page.getByRole("region", { name: "Employment information" });
  await employment.getByRole("button", { name: /^Job title: not set\. Edit$/ }).click();
  await saveScreenshot(page, testInfo, "profile-editing");
  await employment.getByLabel("Job title").fill("Security Engineer");
  await employment.getByRole("button", { name: "Save" }).click();
  const saved = employment.getByRole("button", { name: /Job title: Security Engineer/ });
  await expect(saved).toBeFocused(); // back on the field, not lost to <body>
  await expect(saved).toContainText("Saved");
  await expect(page.getByRole("status").filter({ hasText: "Job title saved." })).toHaveCount(1);
  await saveScreenshot(page, testInfo, "profile-saved");

  const personal = page.getByRole("region", { name: "Personal information" });
  await personal.getByRole("button", { name: /^Mobile phone/ }).click();
  await personal.getByLabel("Mobile phone").fill("call me");
  await personal.getByRole("button", { name: "Save" }).click();
  await expect(personal.getByText("Enter a phone number, like +1 415 555 0134.")).toBeVisible();
  await saveScreenshot(page, testInfo, "profile-validation");
  await personal.getByRole("button", { name: "Cancel" }).click();
  await expect(personal.getByRole("button", { name: /^Mobile phone/ })).toBeFocused();

  const details = page.getByRole("region", { name: "Profile details" });
  await expect(details.getByRole("button", { name: /Company email/ })).toHaveCount(0);

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
    await expect(page.getByRole("note")).toHaveText(/Your administrator manages some of these/);
    await expect(employment.getByRole("button")).toHaveCount(0);
    await expect(personal.getByRole("button", { name: /^Mobile phone/ })).toBeVisible();
    await expect(employment.getByText("Security Engineer")).toBeVisible();
    await saveScreenshot(page, testInfo, "profile-read-only");
    const refused = await page.request.patch("/api/me/profile", {
      data: { jobTitle: "Sneaky" },
      headers: { origin: accountPortal.url },
    });
    expect(refused.status()).toBe(403);
    expect(await refused.json()).toMatchObject({ code: "PROFILE_READ_ONLY" });
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

test("the admin portal lets admins in and tells an employee with the right password it has no admin access", async ({
  page,
}, testInfo) => {
  await page.goto("/");
  await page.getByRole("radio", { name: "Admin portal" }).click();
  await expect(page.getByRole("heading", { name: "Sign in to the admin portal" })).toBeVisible();
  await saveScreenshot(page, testInfo, "admin-portal-login");
  await page.getByLabel("Company email").fill(demo.employee.email);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Password", { exact: true }).fill(demo.employee.password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("alert")).toHaveText(
    "This account has no admin access. Sign in to the user portal instead, or ask your IT administrator for access.",
  );
  await saveScreenshot(page, testInfo, "admin-portal-refused");

  await page.getByRole("button", { name: "Change" }).click();
  await page.getByLabel("Company email").fill(demo.admin.email);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Password", { exact: true }).fill(demo.admin.password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Admin console" })).toBeVisible();
  expect((await page.request.get("/api/admin/users")).status()).toBe(200);
  await page.getByRole("link", { name: "My portal" }).click();
  await expect(page.getByRole("heading", { name: "Applications", exact: true })).toBeVisible();
});

test("an idle session asks for the password again and carries on", async ({
  page,
  accountPortal,
}, testInfo) => {
  const account = await createAccount(accountPortal, "idler");
  await signInWithPassword(page, account.email, account.password);
  await openSecurity(page, "Sessions");
  await expect(page.getByText("Next verification due")).toBeVisible();
  await saveScreenshot(page, testInfo, "security-session");

  // The server's clock cannot be moved from here, so the session is aged in its database.
  const database = openPortalDatabase(accountPortal.databaseFile);
  database
    .prepare(
      "update sessions set last_seen_at = last_seen_at - 3600000, verified_at = verified_at - 3600000 where user_id = (select id from users where email = ?)",
    )
    .run(account.email);
  database.close();

  await page.reload();
  await expect(page.getByRole("heading", { name: "Confirm it’s you" })).toBeVisible();
  await expect(page.getByText(account.email)).toBeVisible();
  await saveScreenshot(page, testInfo, "reverify");
  await page.getByLabel("Password", { exact: true }).fill("not my password");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("That password is incorrect.")).toBeVisible();
  await page.getByLabel("Password", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { name: "Security", exact: true })).toBeVisible();
});
