// Device login end to end in Chromium with the CDP virtual authenticator (internal transport,
// UV on): set up Touch ID, sign in with one click, re-verify after 12 hours with the
// authenticator only, and refuse an assertion without user verification.
import { demo, expect, openSecurity, saveScreenshot, signInWithPassword } from "./fixtures.ts";
import {
  addAuthenticator,
  exposeDesktopBridge,
  onPortalDatabase,
  test,
} from "./device-fixtures.ts";

test.skip(
  ({ browserName }) => browserName !== "chromium",
  "The WebAuthn virtual authenticator is a Chromium DevTools feature; Firefox and WebKit have none.",
);

test("set up Touch ID, sign in with one click, re-verify after 12 hours with it alone", async ({
  page,
}, testInfo) => {
  await exposeDesktopBridge(page);
  const { cdp, id } = await addAuthenticator(page);

  await signInWithPassword(page, demo.employee.email, demo.employee.password);
  await openSecurity(page, "Devices");
  await page.getByRole("button", { name: "Set up Touch ID" }).click();
  await expect(page.getByRole("list", { name: "Device logins" })).toContainText("Touch ID");
  await expect(page.getByTestId("verification-countdown")).toContainText("next check in 12 hours");
  await expect(page.getByRole("region", { name: "Computers with the desktop app" })).toContainText(
    "separate from device login",
  );
  await saveScreenshot(page, testInfo, "security-devices");

  await page.context().clearCookies();
  await page.goto("/");
  const button = page.getByRole("button", { name: "Log in with Touch ID" });
  await expect(button).toBeVisible();
  await saveScreenshot(page, testInfo, "login-with-device-button");
  await button.click();
  await expect(page.getByRole("link", { name: "Security" })).toBeVisible();

  // The server's clock cannot be moved from here, so the session is aged in its database.
  onPortalDatabase(
    "update sessions set verified_at = verified_at - 46800000, last_seen_at = last_seen_at - 60000",
  );
  await page.reload();
  const verify = page.getByRole("button", { name: "Verify with Touch ID" });
  await expect(verify).toBeVisible();
  await expect(page.getByLabel("Password", { exact: true })).toHaveCount(0);
  await verify.click();
  await expect(page.getByRole("link", { name: "Security" })).toBeVisible();

  // With user verification off, the authenticator's answer is refused.
  await cdp.send("WebAuthn.setUserVerified", { authenticatorId: id, isUserVerified: false });
  await page.context().clearCookies();
  await page.goto("/");
  await page.getByRole("button", { name: "Log in with Touch ID" }).click();
  await expect(page.getByRole("alert")).toBeVisible();
  await expect(page.getByRole("link", { name: "Security" })).toHaveCount(0);
});

test("an idle session asks for Touch ID only, and a removed device login no longer signs in", async ({
  page,
}, testInfo) => {
  await exposeDesktopBridge(page);
  await addAuthenticator(page);
  await signInWithPassword(page, demo.employee.email, demo.employee.password);
  await openSecurity(page, "Devices");
  await page.getByRole("button", { name: "Set up Touch ID" }).click();
  const logins = page.getByRole("list", { name: "Device logins" });
  await expect(logins).toContainText("Touch ID");

  // 31 minutes without a request: the idle check asks for the authenticator, not the password.
  onPortalDatabase("update sessions set last_seen_at = last_seen_at - 1860000");
  await page.reload();
  const verify = page.getByRole("button", { name: "Verify with Touch ID" });
  await expect(verify).toBeVisible();
  await expect(page.getByLabel("Password", { exact: true })).toHaveCount(0);
  await saveScreenshot(page, testInfo, "device-reverify");
  await verify.click();
  await expect(logins).toContainText("Touch ID");

  await logins
    .getByRole("button", { name: /^Remove / })
    .first()
    .click();
  const confirm = page.getByRole("dialog", { name: /^Remove “Touch ID/ });
  await saveScreenshot(page, testInfo, "device-login-remove");
  await confirm.getByRole("button", { name: "Remove device login" }).click();
  await expect(logins).toHaveCount(0);
  await page.context().clearCookies();
  await page.goto("/");
  await page.getByRole("button", { name: "Log in with Touch ID" }).click();
  await expect(page.getByRole("alert")).toBeVisible();
  expect((await page.request.get("/api/me")).status()).toBe(401);
});

test("while the OS asks for Touch ID the login page says it is waiting", async ({
  page,
}, testInfo) => {
  await exposeDesktopBridge(page);
  const { cdp, id } = await addAuthenticator(page);
  await signInWithPassword(page, demo.employee.email, demo.employee.password);
  await openSecurity(page, "Devices");
  await page.getByRole("button", { name: "Set up Touch ID" }).click();
  await expect(page.getByRole("list", { name: "Device logins" })).toContainText("Touch ID");

  // Without simulated presence the virtual authenticator waits, as Touch ID waits for a finger.
  await cdp.send("WebAuthn.setAutomaticPresenceSimulation", {
    authenticatorId: id,
    enabled: false,
  });
  await page.context().clearCookies();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  await page.getByRole("button", { name: "Log in with Touch ID" }).click();
  await expect(page.getByRole("button", { name: "Waiting for Touch ID…" })).toBeVisible();
  await saveScreenshot(page, testInfo, "login-waiting-for-touch-id");
});

test("another user's passkey never signs in as this user, whatever the browser claims", async ({
  page,
}) => {
  await exposeDesktopBridge(page);
  await addAuthenticator(page);
  // The employee's id, as an attacker who knows it would claim it.
  await signInWithPassword(page, demo.employee.email, demo.employee.password);
  await expect(page.getByRole("link", { name: "Security" })).toBeVisible();
  const employee = (await (await page.request.get("/api/me")).json()) as { id: string };
  await page.context().clearCookies();

  // The admin sets up a passkey on this authenticator.
  await signInWithPassword(page, demo.admin.email, demo.admin.password);
  await openSecurity(page, "Devices");
  await page.getByRole("button", { name: "Set up Touch ID" }).click();
  await expect(page.getByRole("list", { name: "Device logins" })).toContainText("Touch ID");
  await page.context().clearCookies();

  // The page rewrites the assertion's user handle to the employee's before it reaches the server.
  await page.route("**/api/device-login/verify", async (route) => {
    const body = route.request().postDataJSON() as {
      response: { response: { userHandle?: string } };
    };
    body.response.response.userHandle = Buffer.from(employee.id, "utf8").toString("base64url");
    await route.continue({ postData: JSON.stringify(body) });
  });
  await page.goto("/");
  await page.getByRole("button", { name: "Log in with Touch ID" }).click();
  await expect(page.getByRole("alert")).toBeVisible();
  expect((await page.request.get("/api/me")).status()).toBe(401);

  // Without the rewrite the same passkey signs in — as its owner, the admin.
  await page.unroute("**/api/device-login/verify");
  await page.getByRole("button", { name: "Log in with Touch ID" }).click();
  await expect(page.getByRole("link", { name: "Security" })).toBeVisible();
  expect(((await (await page.request.get("/api/me")).json()) as { email: string }).email).toBe(
    demo.admin.email,
  );
});
