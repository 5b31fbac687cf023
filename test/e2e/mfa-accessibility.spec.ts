// The MFA screens pass axe in light and dark at 1280 and 390 px: the authenticator setup (with
// its copy button), the recovery codes, the multi-factor card, the removal confirmation and the
// code step at sign-in.
import { decodeBase32 } from "../../server/auth/mfa/base32.ts";
import { hotp, totpStep } from "../../server/auth/mfa/totp.ts";
import { openSecurity, saveScreenshot, signInWithPassword } from "./fixtures.ts";
import { createAccount, expect, test } from "./account-fixtures.ts";

test("MFA setup, recovery codes, the card, removal and the code step", async ({
  page,
  accountPortal,
  browserName,
}, testInfo) => {
  // Reading the clipboard back needs a permission only Chromium lets a test grant.
  const canReadClipboard = browserName === "chromium";
  if (canReadClipboard) {
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  }
  const account = await createAccount(accountPortal, "axe-mfa");
  await signInWithPassword(page, account.email, account.password);
  await openSecurity(page);
  const card = page.getByRole("region", { name: "Multi-factor authentication" });
  await card.getByRole("button", { name: "Set up" }).click();
  await expect(card.getByRole("img", { name: /QR code/ })).toBeVisible();
  await saveScreenshot(page, testInfo, "mfa-setup");

  const secret = (await page.getByTestId("totp-secret").innerText()).replace(/\s/g, "");
  if (canReadClipboard) {
    await card.getByRole("button", { name: "Copy key" }).click();
    await expect(card.getByRole("button", { name: "Copied" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
  }

  const code = hotp(decodeBase32(secret), totpStep(Date.now()) - 1);
  await page.getByLabel("6-digit code from your authenticator app").fill(code);
  await page.getByRole("button", { name: "Turn on" }).click();
  await expect(card.getByRole("list", { name: "Recovery codes" })).toBeVisible();
  await saveScreenshot(page, testInfo, "mfa-recovery-codes");
  await card.getByRole("button", { name: "I saved my codes" }).click();
  await expect(card.getByRole("button", { name: "New codes" })).toBeVisible();
  await saveScreenshot(page, testInfo, "mfa-on");

  await card.getByRole("button", { name: "Remove" }).click();
  const confirm = page.getByRole("dialog", { name: "Remove your authenticator app?" });
  await expect(confirm).toBeVisible();
  await saveScreenshot(page, testInfo, "mfa-remove-confirm");
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(confirm).toBeHidden();

  await page.context().clearCookies();
  await signInWithPassword(page, account.email, account.password);
  await expect(page.getByText("Open your authenticator app")).toBeVisible();
  await saveScreenshot(page, testInfo, "login-code-step");
});
