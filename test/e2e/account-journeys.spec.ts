// Account journeys of issue 3, in Chromium against the real server: change password, forgot
// password via the outbox link, the locked-out message, profile editing and read-only mode, the
// admin-portal switch and re-verification. Every screen is checked with axe in light and dark at
// 1280 and 390 px and saved as a screenshot (saveScreenshot).
import { DatabaseSync } from "node:sqlite";
import { demo, openSecurity, saveScreenshot, signInWithPassword } from "./fixtures.ts";
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
  const database = new DatabaseSync(accountPortal.databaseFile);
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
