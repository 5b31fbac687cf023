// The user's own language (issue 19): chosen in the account menu, kept with the account on the
// server so it follows the user to another browser, and shown right to left in Arabic with the
// menu, phone numbers and addresses still reading the way they must.
import { signInWithPassword } from "./fixtures.ts";
import { createAccount, expect, test } from "./account-fixtures.ts";

test("the language chosen in the account menu follows the user to another browser", async ({
  page,
  browser,
  accountPortal,
}, testInfo) => {
  const account = await createAccount(accountPortal, "linguist");
  await signInWithPassword(page, account.email, account.password);
  await expect(page.getByRole("heading", { name: "Applications", exact: true })).toBeVisible();

  await page.getByRole("button", { name: /account menu/i }).click();
  const menu = page.getByRole("menu");
  await expect(menu.getByRole("menuitemradio", { name: "Match browser" })).toBeChecked();
  await menu.getByRole("menuitemradio", { name: "Deutsch" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(menu.getByRole("menuitemradio", { name: "Deutsch" })).toBeChecked();
  // In a left-to-right menu every row reads left to right; only a name takes its own script's.
  const arabic = menu.getByRole("menuitemradio", { name: "العربية" });
  expect(await arabic.evaluate((row) => getComputedStyle(row).direction)).toBe("ltr");
  await expect(arabic.locator('[lang="ar"]')).toHaveAttribute("dir", "rtl");
  await page.keyboard.press("Escape");

  // A browser that has never seen this user: the server says which language is theirs.
  const elsewhere = await browser.newContext({ baseURL: accountPortal.url, locale: "en-US" });
  const other = await elsewhere.newPage();
  await signInWithPassword(other, account.email, account.password);
  await expect(other.getByRole("heading", { name: "Anwendungen", exact: true })).toBeVisible();
  await expect(other.locator("html")).toHaveAttribute("lang", "de");

  // Arabic: the document reads right to left; a phone number still begins with its "+".
  const origin = new URL(accountPortal.url).origin;
  const phone = await other.request.patch("/api/me/profile", {
    headers: { origin },
    data: { mobilePhone: "+1 415 555 0134" },
  });
  expect(phone.status()).toBe(200);
  await other.getByRole("button", { name: /Kontomenü|account menu/i }).click();
  await other.getByRole("menuitemradio", { name: "العربية" }).click();
  await expect(other.locator("html")).toHaveAttribute("dir", "rtl");
  await other.keyboard.press("Escape");
  await other.goto("/profile");
  const number = other.getByText("+1 415 555 0134", { exact: true });
  await expect(number).toBeVisible();
  // Where the characters land on screen: the "+" left of the digits, as on any phone.
  const plusIsLeftmost = await number.evaluate((value) => {
    const text = value.firstChild;
    const edgeOf = (index: number) => {
      const range = document.createRange();
      range.setStart(text as Node, index);
      range.setEnd(text as Node, index + 1);
      return range.getBoundingClientRect().left;
    };
    const last = (text?.textContent ?? "").length - 1;
    return text !== null && edgeOf(0) < edgeOf(last);
  });
  expect(plusIsLeftmost).toBe(true);
  await other.screenshot({ path: testInfo.outputPath("profile-ar-phone.png"), fullPage: true });

  // Back to following the browser: the next sign-in anywhere is in the browser's language.
  await other.getByRole("button", { name: /account menu|قائمة حساب/i }).click();
  await other.getByRole("menuitemradio", { name: /Match browser|مطابقة المتصفح/ }).click();
  await expect(other.locator("html")).toHaveAttribute("lang", "en");
  await elsewhere.close();
});
