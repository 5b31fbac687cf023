// MFA journeys of issue 4 in Chromium against the real server: required enrollment and its grace
// period, the code and recovery-code sign-in, the recent-verification prompt and its return, and
// a password reset that needs the second factor. Codes come from the server's own TOTP module,
// fed the secret the setup page shows; the server runs on the real clock, so each code is used
// once and later steps use a newer code or a recovery code (no waiting for the next step).
import type { Page } from "@playwright/test";
import { decodeBase32 } from "../../server/auth/mfa/base32.ts";
import { hotp, totpStep } from "../../server/auth/mfa/totp.ts";
import { openSecurity, saveScreenshot, signInWithPassword } from "./fixtures.ts";
import { createAccount, expect, test, type AccountPortal } from "./account-fixtures.ts";
import { openPortalDatabase } from "./portal-database.ts";

/** The code an authenticator app shows now (offset 0) or showed one step ago (offset -1). */
function authenticatorCode(secret: string, offset = 0): string {
  return hotp(decodeBase32(secret), totpStep(Date.now()) + offset);
}

/** Reads the key from the setup screen and confirms with the previous step's code. */
async function finishSetup(page: Page): Promise<{ secret: string; codes: string[] }> {
  const secret = (await page.getByTestId("totp-secret").innerText()).replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await page
    .getByLabel("6-digit code from your authenticator app")
    .fill(authenticatorCode(secret, -1));
  await page.getByRole("button", { name: "Turn on" }).click();
  const list = page.getByRole("list", { name: "Recovery codes" });
  await expect(list.getByRole("listitem")).toHaveCount(10);
  const codes = (await list.getByRole("listitem").allInnerTexts()).map((code) => code.trim());
  return { secret, codes };
}

async function setUpInSecurity(page: Page): Promise<{ secret: string; codes: string[] }> {
  await openSecurity(page);
  const card = page.getByRole("region", { name: "Multi-factor authentication" });
  await card.getByRole("button", { name: "Set up" }).click();
  await expect(card.getByRole("img", { name: /QR code/ })).toBeVisible();
  const result = await finishSetup(page);
  await card.getByRole("button", { name: "I saved my codes" }).click();
  await expect(card.getByTestId("recovery-codes-left")).toHaveText(/10 unused codes left/);
  return result;
}

async function signInWithCode(page: Page, account: { email: string; password: string }) {
  await signInWithPassword(page, account.email, account.password);
  await expect(page.getByText("Open your authenticator app")).toBeVisible();
}

async function setMfaPolicy(portal: AccountPortal, settings: string[]): Promise<void> {
  await portal.admin(["policy", "set", "mfa", ...settings]);
}

test("required MFA: skip within the grace period, then enroll before the portal opens", async ({
  page,
  accountPortal,
}, testInfo) => {
  const account = await createAccount(accountPortal, "enrollee");
  await setMfaPolicy(accountPortal, ["mode=required", "gracePeriodDays=7"]);
  try {
    await signInWithPassword(page, account.email, account.password);
    await expect(
      page.getByRole("heading", { name: "Set up multi-factor authentication" }),
    ).toBeVisible();
    await expect(page.getByText(/Set it up now, or by .+ at the latest/)).toBeVisible();
    await expect(page.getByRole("img", { name: /QR code/ })).toBeVisible();
    await saveScreenshot(page, testInfo, "mfa-enrollment-grace");
    await page.getByRole("button", { name: "Skip for now" }).click();
    await expect(page.getByRole("heading", { name: "Applications", exact: true })).toBeVisible();
    await expect(
      page.getByText(/requires multi-factor authentication\. Set up an authenticator app by/),
    ).toBeVisible();
    await saveScreenshot(page, testInfo, "mfa-grace-banner");

    // The grace period is over: the next sign-in cannot skip.
    await setMfaPolicy(accountPortal, ["gracePeriodDays=0"]);
    await page.context().clearCookies();
    await signInWithPassword(page, account.email, account.password);
    await expect(
      page.getByRole("heading", { name: "Set up multi-factor authentication" }),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: "Skip for now" })).toHaveCount(0);
    expect((await page.request.get("/api/me/ssh-keys")).status()).toBe(403);
    await saveScreenshot(page, testInfo, "mfa-setup");
    const { secret } = await finishSetup(page);
    await expect(page.getByRole("heading", { name: "Save your recovery codes" })).toBeVisible();
    await saveScreenshot(page, testInfo, "mfa-recovery-codes");
    await page.getByRole("button", { name: "I saved my codes" }).click();
    await expect(page.getByRole("heading", { name: "Applications", exact: true })).toBeVisible();
    await expect(page.getByText(/Set up an authenticator app by/)).toHaveCount(0);

    // From now on the password alone is not enough.
    await page.context().clearCookies();
    await signInWithCode(page, account);
    expect((await page.request.get("/api/me")).status()).toBe(401);
    await saveScreenshot(page, testInfo, "mfa-code-step");
    await page
      .getByLabel("6-digit code from your authenticator app")
      .fill(authenticatorCode(secret));
    await page.getByRole("button", { name: "Verify" }).click();
    await expect(page.getByRole("heading", { name: "Applications", exact: true })).toBeVisible();
  } finally {
    await setMfaPolicy(accountPortal, ["mode=off", "gracePeriodDays=0"]);
  }
});

test("a security change asks for password and code first, then carries on", async ({
  page,
  accountPortal,
}, testInfo) => {
  const account = await createAccount(accountPortal, "sudoer");
  await signInWithPassword(page, account.email, account.password);
  const { codes } = await setUpInSecurity(page);
  await page.getByRole("region", { name: "Multi-factor authentication" }).scrollIntoViewIfNeeded();
  await saveScreenshot(page, testInfo, "mfa-security-card");

  // Ten minutes later (aged in the database: the server runs on the real clock).
  const database = openPortalDatabase(accountPortal.databaseFile);
  database
    .prepare(
      "update sessions set verified_at = verified_at - 600000 where user_id = (select id from users where email = ?)",
    )
    .run(account.email);
  database.close();

  const card = page.getByRole("region", { name: "Multi-factor authentication" });
  await card.getByRole("button", { name: "New codes" }).click();
  const prompt = page.getByRole("dialog", { name: "Confirm it’s you" });
  await expect(prompt).toBeVisible();
  await expect(prompt.getByLabel("6-digit code from your authenticator app")).toBeVisible();
  await saveScreenshot(page, testInfo, "mfa-sudo-prompt");
  await prompt.getByLabel("Password", { exact: true }).fill(account.password);
  await prompt.getByRole("button", { name: "Use a recovery code instead" }).click();
  await prompt.getByLabel("Recovery code").fill(codes[0] ?? "");
  await prompt.getByRole("button", { name: "Confirm" }).click();

  // Back where the user was: the new set is on screen, the old one is gone.
  await expect(prompt).toBeHidden();
  const list = card.getByRole("list", { name: "Recovery codes" });
  await expect(list.getByRole("listitem")).toHaveCount(10);
  const fresh = await list.getByRole("listitem").allInnerTexts();
  expect(fresh.map((code) => code.trim())).not.toContain(codes[1]);
  await card.getByRole("button", { name: "I saved my codes" }).click();
  await expect(card.getByTestId("recovery-codes-left")).toHaveText(/10 unused codes left/);
});

test("a password reset with MFA takes effect only after the code", async ({
  page,
  accountPortal,
}, testInfo) => {
  const account = await createAccount(accountPortal, "resetter");
  await signInWithPassword(page, account.email, account.password);
  const { secret, codes } = await setUpInSecurity(page);
  await page.context().clearCookies();

  await page.goto("/forgot-password");
  await page.getByLabel("Company email").fill(account.email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByRole("status")).toHaveText(/If that address belongs to an account/);
  const outbox = await accountPortal.admin(["mail", "list"]);
  const link = new RegExp(
    `To: ${account.email.replaceAll(".", "\\.")}[\\s\\S]*?(http://localhost:\\d+/reset-password#token=\\S+)`,
  ).exec(outbox)?.[1];
  expect(link).toBeDefined();
  await page.goto(link ?? "");
  const newPassword = "Copper-Meadow-Lantern-9";
  await page.getByLabel("New password", { exact: true }).fill(newPassword);
  await page.getByLabel("Confirm new password", { exact: true }).fill(newPassword);
  await page.getByRole("button", { name: "Reset password" }).click();
  await expect(page.getByText("Your account uses an authenticator app.")).toBeVisible();
  await page.getByLabel("6-digit code from your authenticator app").fill("000000");
  await page.getByRole("button", { name: "Reset password" }).click();
  await expect(page.getByText(/That code is not right/)).toBeVisible();
  await saveScreenshot(page, testInfo, "mfa-reset-code");
  await page.getByLabel("6-digit code from your authenticator app").fill(authenticatorCode(secret));
  await page.getByRole("button", { name: "Reset password" }).click();
  await expect(page.getByRole("heading", { name: "Your password was reset" })).toBeVisible();

  // The new password still needs the second factor; here a recovery code.
  await page.getByRole("button", { name: "Go to sign in" }).click();
  await signInWithCode(page, { email: account.email, password: newPassword });
  await page.getByRole("button", { name: "Use a recovery code instead" }).click();
  await page.getByLabel("Recovery code").fill(codes[2] ?? "");
  await saveScreenshot(page, testInfo, "mfa-recovery-code-step");
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByRole("heading", { name: "Applications", exact: true })).toBeVisible();
});
