// The admin console's journeys in Chromium against the real server (issue 16): find a user,
// unlock them and reset their MFA; lock one profile field and see the employee's field go
// read-only while the server refuses a replayed edit; read the audit log and export it. Every
// console screen is scanned by axe in light and dark at 1280 and 390 px.
import type { APIRequestContext, Browser } from "@playwright/test";
import { decodeBase32 } from "../../server/auth/mfa/base32.ts";
import { hotp, totpStep } from "../../server/auth/mfa/totp.ts";
import { createAccount, expect, test, type AccountPortal } from "./account-fixtures.ts";
import { signInToConsole } from "./console-fixtures.ts";
import { demo, saveScreenshot } from "./fixtures.ts";

/** A browser of the employee's own, signed in through the API, as their portal would be. */
async function employeeRequest(
  browser: Browser,
  portal: AccountPortal,
  account: { email: string; password: string },
): Promise<APIRequestContext> {
  const context = await browser.newContext({ baseURL: portal.url });
  const headers = { origin: portal.url };
  await context.request.post("/api/auth/identify", { data: { email: account.email }, headers });
  const signedIn = await context.request.post("/api/auth/password", {
    data: { password: account.password },
    headers,
  });
  expect(signedIn.status()).toBe(200);
  return context.request;
}

test("find a user, unlock them and reset their MFA", async ({
  page,
  browser,
  accountPortal,
}, testInfo) => {
  const account = await createAccount(accountPortal, "stuck");
  const employee = await employeeRequest(browser, accountPortal, account);
  const headers = { origin: accountPortal.url };
  const started = await employee.post("/api/me/mfa/totp/setup", { data: {}, headers });
  const setup = (await started.json()) as { secret: string };
  const code = hotp(decodeBase32(setup.secret), totpStep(Date.now()));
  expect(
    (await employee.post("/api/me/mfa/totp/confirm", { data: { code }, headers })).status(),
  ).toBe(200);
  await accountPortal.admin(["policy", "set", "lockout", "threshold=3", "mode=admin"]);
  try {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const context = await browser.newContext({ baseURL: accountPortal.url });
      await context.request.post("/api/auth/identify", { data: { email: account.email }, headers });
      await context.request.post("/api/auth/password", {
        data: { password: `wrong ${attempt}` },
        headers,
      });
      await context.close();
    }

    await signInToConsole(page);
    await expect(page.getByRole("navigation", { name: "Admin console" })).toBeVisible();
    await saveScreenshot(page, testInfo, "console-users");

    await page.keyboard.press("/");
    await expect(page.getByLabel("Search users")).toBeFocused();
    await page.keyboard.type(account.email.split(".")[0] ?? "stuck");
    const results = page.getByRole("region", { name: "Users found" });
    const row = results.getByRole("row").filter({ hasText: account.email });
    await expect(row.getByText("Locked")).toBeVisible();
    await saveScreenshot(page, testInfo, "console-users-search");
    await page.getByLabel("Show").selectOption("locked");
    await expect(row).toBeVisible();
    await row.getByRole("link").click();

    await expect(page.getByRole("heading", { name: "Riley Chen" })).toBeVisible();
    await expect(page.getByText(account.email).first()).toBeVisible();
    await saveScreenshot(page, testInfo, "console-user");
    await page.getByRole("button", { name: "Unlock" }).click();
    const unlock = page.getByRole("dialog", { name: /Unlock/ });
    await expect(unlock).toContainText("They can sign in again at once.");
    await unlock.getByRole("button", { name: "Unlock" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Account unlocked." })).toBeAttached();
    await expect(page.locator(".console-summary").getByText("Locked")).toHaveCount(0);

    await page.getByRole("button", { name: "Reset MFA" }).click();
    const reset = page.getByRole("dialog", { name: /multi-factor authentication/ });
    await expect(reset).toContainText("authenticator app and recovery codes stop working");
    await saveScreenshot(page, testInfo, "console-reset-mfa");
    await reset.getByRole("button", { name: "Reset MFA" }).click();
    await expect(page.locator(".console-summary").getByText("No MFA")).toBeVisible();
    await expect(page.getByRole("region", { name: "Recent history" })).toContainText(
      "Multi-factor authentication reset by an admin",
    );

    // The employee was signed out by the reset, and now signs in with the password alone.
    expect((await employee.get("/api/me")).status()).toBe(401);
    const again = await browser.newContext({ baseURL: accountPortal.url });
    await again.request.post("/api/auth/identify", { data: { email: account.email }, headers });
    const signedIn = await again.request.post("/api/auth/password", {
      data: { password: account.password },
      headers,
    });
    expect(await signedIn.json()).toEqual({ next: "done" });
    await again.close();
  } finally {
    await accountPortal.admin(["policy", "set", "lockout", "threshold=10", "mode=temporary"]);
  }
});

test("a per-field profile lock makes the employee's field read-only and the server refuses a replayed edit", async ({
  page,
  browser,
  accountPortal,
}, testInfo) => {
  const account = await createAccount(accountPortal, "profiled");
  await signInToConsole(page);
  await page
    .getByRole("navigation", { name: "Admin console" })
    .getByRole("link", { name: "Policies" })
    .click();
  const profile = page.getByRole("region", { name: "Profile editing" });
  await expect(profile).toBeVisible();
  await saveScreenshot(page, testInfo, "console-policies");
  await profile.getByLabel("Job title").selectOption("locked");
  await profile.getByRole("button", { name: "Save profile editing" }).click();
  await expect(profile.getByRole("status")).toHaveText("Saved.");
  await expect(profile).toContainText(`by ${demo.admin.email}`);
  try {
    const context = await browser.newContext({ baseURL: accountPortal.url });
    const employee = await context.newPage();
    await employee.goto("/");
    await employee.getByLabel("Company email").fill(account.email);
    await employee.getByRole("button", { name: "Continue" }).click();
    await employee.getByLabel("Password", { exact: true }).fill(account.password);
    await employee.getByRole("button", { name: "Log in" }).click();
    await employee
      .getByRole("navigation", { name: "Portal" })
      .getByRole("link", { name: "Profile" })
      .click();
    const employment = employee.getByRole("region", { name: "Employment information" });
    await expect(employment.getByRole("button", { name: /^Department/ })).toBeVisible();
    await expect(employment.getByRole("button", { name: /^Job title/ })).toHaveCount(0);
    await expect(employee.getByRole("note")).toHaveText(/manages some of these details/);
    const replayed = await employee.request.patch("/api/me/profile", {
      data: { jobTitle: "Chief of Everything" },
      headers: { origin: accountPortal.url },
    });
    expect(replayed.status()).toBe(403);
    expect(await replayed.json()).toMatchObject({ code: "PROFILE_READ_ONLY", field: "jobTitle" });
    await context.close();
  } finally {
    await accountPortal.admin(["policy", "set", "profile", "jobTitle=editable"]);
  }
});

test("read the audit log, filter it and export it", async ({ page, accountPortal }, testInfo) => {
  const account = await createAccount(accountPortal, "audited");
  await accountPortal.admin(["user", "disable", "--email", account.email]);
  await signInToConsole(page);
  await page
    .getByRole("navigation", { name: "Admin console" })
    .getByRole("link", { name: "Audit log" })
    .click();
  const events = page.getByRole("region", { name: "Audit events" });
  await expect(events.getByRole("row").nth(1)).toBeVisible();
  await saveScreenshot(page, testInfo, "console-audit");

  await page.getByLabel("Person’s email").fill(account.email);
  await page.getByLabel("Event", { exact: true }).selectOption({ label: "Account disabled" });
  await page.getByRole("button", { name: "Show events" }).click();
  await expect(events.getByRole("row")).toHaveCount(2);
  await expect(events.getByRole("row").nth(1)).toContainText("Account disabled");
  await expect(events.getByRole("row").nth(1)).toContainText("admin command line");
  await saveScreenshot(page, testInfo, "console-audit-filtered");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const file = await (await download).path();
  const { readFileSync } = await import("node:fs");
  const lines = readFileSync(file, "utf8").trim().split("\r\n");
  expect(lines[0]).toBe(
    "time,event,description,reason,actor_id,actor_email,target_id,target_email,ip,user_agent,details",
  );
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(`user.disabled,Account disabled,,cli,,`);
  expect(lines[1]).toContain(account.email);

  const json = await page.request.get(`/api/admin/audit/export?format=json&event=user.disabled`);
  const exported = (await json.json()) as { event: string; target_email: string }[];
  expect(exported.map((event) => event.target_email)).toContain(account.email);
});

test("create a user with an invitation, and see field-level refusals first", async ({
  page,
}, testInfo) => {
  await signInToConsole(page);
  await page.getByRole("button", { name: "New user" }).click();
  const dialog = page.getByRole("dialog", { name: "New user" });
  await dialog.getByLabel("Company email").fill(demo.employee.email);
  await dialog.getByLabel("First name").fill("Ivy");
  await dialog.getByLabel("Last name").fill("Nguyen");
  await dialog.getByRole("button", { name: "Create user" }).click();
  await expect(dialog.getByText("A user with this email already exists.")).toBeVisible();
  await expect(dialog.getByLabel("Company email")).toHaveAttribute("aria-invalid", "true");
  // The busy button dropped focus; the refused field takes it, so its error is read out with it.
  await expect(dialog.getByLabel("Company email")).toBeFocused();
  await saveScreenshot(page, testInfo, "console-new-user-refused");

  const email = `ivy.nguyen.${Date.now()}@example.com`;
  await dialog.getByLabel("Company email").fill(email);
  await dialog.getByRole("button", { name: "Create user" }).click();
  const created = page.getByRole("dialog", { name: "User created" });
  await expect(created).toContainText(`${email} got an invitation mail`);
  await created.getByRole("button", { name: "Open user" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ivy Nguyen" })).toBeVisible();
  await expect(page.locator(".console-summary").getByText("Invited")).toBeVisible();
  await expect(page.getByRole("region", { name: "Recent history" })).toContainText(
    "Account created",
  );
});

test("create an enrollment token, shown once, and revoke it", async ({ page }, testInfo) => {
  await signInToConsole(page);
  await page
    .getByRole("navigation", { name: "Admin console" })
    .getByRole("link", { name: "Devices" })
    .click();
  const tokens = page.getByRole("region", { name: "Enrollment tokens" });
  await tokens.getByRole("button", { name: "Create token" }).click();
  // The server names the field it refuses; the console marks it and says why in words.
  await expect(tokens.getByLabel("Label")).toHaveAttribute("aria-invalid", "true");
  await expect(tokens.getByText("This field cannot be empty.")).toBeVisible();
  await expect(tokens.getByLabel("Label")).toBeFocused();
  const label = `Berlin laptops ${Date.now()}`;
  await tokens.getByLabel("Label").fill(label);
  await tokens.getByRole("button", { name: "Create token" }).click();
  await expect(tokens.getByRole("note")).toContainText(`Token for “${label}”, shown once`);
  await saveScreenshot(page, testInfo, "console-devices");
  await tokens.getByRole("button", { name: "Done" }).click();
  await expect(tokens.getByRole("note")).toHaveCount(0);
  const listed = tokens.getByRole("listitem").filter({ hasText: label });
  await listed.getByRole("button", { name: `Revoke token ${label}` }).click();
  await expect(listed).toContainText("revoked");
});

test("an employee who opens /admin stays in their own portal", async ({ page, accountPortal }) => {
  const account = await createAccount(accountPortal, "curious");
  await page.goto("/");
  await page.getByLabel("Company email").fill(account.email);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Password", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("heading", { name: "Applications", exact: true })).toBeVisible();
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { name: "Applications", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Admin console" })).toHaveCount(0);
  expect((await page.request.get("/api/admin/users")).status()).toBe(403);
});
