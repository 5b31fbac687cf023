// The first journey of every newcomer: sign in as the demo employee, see who you are, sign out.
import {
  demo,
  expect,
  openSecurity,
  saveScreenshot,
  signInWithPassword,
  test,
} from "./fixtures.ts";

test("a newcomer signs in, sees their initials and profile, and logs out for good", async ({
  page,
}, testInfo) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Sign in to your organization" })).toBeVisible();
  await saveScreenshot(page, testInfo, "login-page");

  await signInWithPassword(page, demo.employee.email, demo.employee.password);
  await expect(page.getByRole("heading", { name: "Applications", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: /account menu for Alex Morgan/i })).toHaveText(
    "AM",
  );
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

  await page.getByRole("button", { name: /account menu for Alex Morgan/i }).click();
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
  // After sign-in, and after every navigation, focus is on the page's heading, not <body>.
  const heading = page.getByRole("heading", { name: "Applications", exact: true });
  await expect(heading).toBeFocused();
  await expect(page.getByRole("list", { name: "Your applications" })).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("searchbox", { name: "Search applications" })).toBeFocused();

  await page.keyboard.press("Shift+Tab");
  await expect(page.getByRole("link", { name: "Security" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Security", exact: true })).toBeFocused();
  await expect(page).toHaveTitle("Security · Gatehouse");

  await page.goto("/applications");
  await expect(heading).toBeFocused();
  // Backwards through the navigation, in its order, to the top bar.
  for (const section of ["Security", "Profile", "Requests", "Applications"]) {
    await page.keyboard.press("Shift+Tab");
    await expect(page.getByRole("link", { name: section, exact: true })).toBeFocused();
  }
  await page.keyboard.press("Shift+Tab");
  await expect(page.getByRole("button", { name: /account menu/i })).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: /account menu/i })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("menuitem", { name: "Log out" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("menu")).toBeHidden();
});

test("the account menu's appearance choice pins the theme and is remembered", async ({
  page,
}, testInfo) => {
  await signInWithPassword(page, demo.employee.email, demo.employee.password);
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  await page.getByRole("button", { name: /account menu/i }).click();
  const menu = page.getByRole("menu");
  await expect(menu.getByRole("menuitemradio", { name: "Match system" })).toBeChecked();
  await menu.getByRole("menuitemradio", { name: "Dark" }).click();
  await expect(menu.getByRole("menuitemradio", { name: "Dark" })).toBeChecked();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(await background()).not.toBe(light);
  await saveScreenshot(page, testInfo, "account-menu-dark-choice");

  await page.reload(); // remembered: dark although the system (emulated) is light
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  const dark = await background();
  expect(dark).not.toBe(light);
  await page.getByRole("button", { name: /account menu/i }).click();
  await page.getByRole("menuitemradio", { name: "Match system" }).click();
  await expect(page.locator("html")).not.toHaveAttribute("data-theme", /.*/);
  await page.emulateMedia({ colorScheme: "dark" });
  expect(await background()).toBe(dark); // following the system again
  await page.emulateMedia({ colorScheme: "light" });
  expect(await background()).toBe(light);
});

test("a session ended from another device goes back to sign-in once, saying why", async ({
  page,
  browser,
  portal,
}, testInfo) => {
  await signInWithPassword(page, demo.employee.email, demo.employee.password);
  await openSecurity(page, "SSH keys");
  await expect(page.getByRole("region", { name: "SSH keys" })).toBeVisible();

  const other = await browser.newContext({ baseURL: portal.url });
  const otherPage = await other.newPage();
  await signInWithPassword(otherPage, demo.employee.email, demo.employee.password);
  await openSecurity(otherPage, "Sessions");
  await otherPage
    .getByRole("region", { name: "Active sessions" })
    .getByRole("button", { name: "Sign out everywhere else" })
    .click();
  await expect(otherPage.getByRole("button", { name: "Sign out everywhere else" })).toBeHidden();
  await other.close();

  // The first browser still shows Security; its next requests find the session gone.
  await page
    .getByRole("navigation", { name: "Security sections" })
    .getByRole("link", { name: "Sessions" })
    .click();
  await expect(page.getByRole("heading", { name: "Sign in to your organization" })).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole("status")).toHaveText(/signed out from another device/);
  await expect(page.getByRole("alert")).toHaveCount(0); // no wall of red errors
  await saveScreenshot(page, testInfo, "signed-out-elsewhere");
});

test("the portal fits a phone-sized window", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInWithPassword(page, demo.employee.email, demo.employee.password);
  for (const path of [
    "/applications",
    "/profile",
    "/security",
    "/security/devices",
    "/security/history",
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test("a signed-in portal whose screens fail to download says so and loads on Try again", async ({
  page,
}, testInfo) => {
  // The signed-in screens are a chunk of their own (renderer/app/App.tsx); drop its download.
  const signedInChunk = "**/assets/SignedIn-*.js";
  await page.route(signedInChunk, (route) => route.abort("connectionfailed"));
  await signInWithPassword(page, demo.employee.email, demo.employee.password);
  const alert = page.getByRole("alert");
  await expect(
    alert.getByRole("heading", { name: "The portal didn’t finish loading" }),
  ).toBeVisible();
  await saveScreenshot(page, testInfo, "portal-load-failed");

  await page.unroute(signedInChunk);
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { name: "Applications", exact: true })).toBeVisible();
});
