// Sign-in approval in the real desktop app (issue 17): a sign-in made elsewhere (a plain HTTP
// client with its own cookies) reaches main's watch (main/push-approvals.ts), which shows an OS
// notification and brings the window forward; the portal page there offers three numbers, the
// right one is confirmed with the platform authenticator (Chromium's virtual one through CDP),
// and the waiting sign-in finishes. Skips itself, saying why, where no Electron binary exists.
import type { Page } from "@playwright/test";
import { expect, test } from "@playwright/test";
import { demoAccounts } from "../../server/demo/demo-accounts.ts";
import { browserElsewhere, signInAsDemoEmployee, useDesktopApp } from "./desktop-app.ts";

const desktopApp = useDesktopApp();

/** Enrolls this device through the bridge and sets up a device-login passkey bound to it. */
async function enrollAndSetUpPasskey(portal: Page): Promise<void> {
  const cdp = await portal.context().newCDPSession(portal);
  await cdp.send("WebAuthn.enable");
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
    },
  });
  const outcome = await portal.evaluate(async () => {
    const post = async (url: string, body: object) =>
      (await (
        await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        })
      ).json()) as Record<string, unknown>;
    const bridge = window.gatehouse;
    if (bridge === undefined) {
      return "no bridge";
    }
    const key = await post("/api/me/connect-keys", {});
    const enrolled = await bridge.enrollDevice(String(key.connectKey));
    return enrolled.ok ? "enrolled" : enrolled.error.code;
  });
  expect(outcome).toBe("enrolled");
  // Security → Devices sets up the passkey with a device proof, binding it to this device.
  await portal.goto(new URL("/security/devices", portal.url()).toString());
  await portal
    .getByRole("button", { name: /Set up (Touch ID|Windows Hello|device login)/ })
    .click();
  await expect(portal.getByRole("list", { name: "Device logins" })).toBeVisible();
}

test("notification → window → the right number approves a sign-in made elsewhere", async () => {
  const app = desktopApp();
  await app.evaluate(({ Notification }) => {
    const titles: string[] = [];
    (globalThis as { notified?: string[] }).notified = titles;
    Notification.prototype.show = function show(this: Electron.Notification) {
      titles.push(this.title);
    };
  });
  const portal = await app.firstWindow();
  await signInAsDemoEmployee(portal);
  const origin = new URL(portal.url()).origin;

  const admin = browserElsewhere(origin);
  await admin("/api/auth/identify", { email: demoAccounts.admin.email, portal: "admin" });
  await admin("/api/auth/password", { password: demoAccounts.admin.password });
  expect(await admin("/api/admin/policies/push", { mode: "allowed" }, "PUT")).toMatchObject({
    mode: "allowed",
  });

  await enrollAndSetUpPasskey(portal);
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.hide());

  const elsewhere = browserElsewhere(origin);
  await elsewhere("/api/auth/identify", { email: demoAccounts.employee.email });
  expect(
    await elsewhere("/api/auth/password", { password: demoAccounts.employee.password }),
  ).toEqual({
    next: "push",
  });
  const waiting = (await elsewhere("/api/auth/push/wait", { waitSeconds: 0 })) as {
    prompt: { number: number };
  };

  await expect
    .poll(() => app.evaluate(() => (globalThis as { notified?: string[] }).notified ?? []))
    .toEqual(["Approve sign-in?"]);
  await expect
    .poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isVisible()))
    .toBe(true);
  const dialog = portal.getByRole("dialog", { name: "Is this you signing in?" });
  await dialog.getByRole("button", { name: String(waiting.prompt.number), exact: true }).click();
  await expect(portal.getByRole("dialog", { name: "Sign-in approved" })).toBeVisible();
  expect(await elsewhere("/api/auth/push/wait", { waitSeconds: 0 })).toMatchObject({
    next: "done",
  });
});
