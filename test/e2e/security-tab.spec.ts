// Security tab journeys: SSH keys, active sessions, sign-in history and "This wasn't me".
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { checkSshKeyRequest } from "../../main/core/ssh-key-generation.ts";
import { generateSshKeyPair } from "../../main/core/ssh-keygen-runner.ts";
import { sshKeygen } from "../fixtures/system-tools.ts";
import {
  demo,
  expect,
  openSecurity,
  saveScreenshot,
  signInWithPassword,
  startPortalServer,
  test,
} from "./fixtures.ts";

function generateKey(): {
  publicLine: string;
  publicFile: string;
  privateKey: string;
  fingerprint: string;
} {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "gatehouse-e2e-ssh-")), "id_ed25519");
  execFileSync("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "alex@laptop", "-f", file]);
  const fingerprint =
    execFileSync("ssh-keygen", ["-lf", `${file}.pub`], { encoding: "utf8" }).split(" ")[1] ?? "";
  return {
    publicLine: readFileSync(`${file}.pub`, "utf8"),
    publicFile: `${file}.pub`,
    privateKey: readFileSync(file, "utf8"),
    fingerprint,
  };
}

test("an employee adds an SSH key, is warned off a private key, and deletes the key", async ({
  page,
}, testInfo) => {
  test.skip(sshKeygen.skipReason !== undefined, sshKeygen.skipReason);
  const key = generateKey();
  await signInWithPassword(page, demo.employee.email, demo.employee.password);
  await openSecurity(page, "SSH keys");
  await expect(page).toHaveURL(/\/security\/ssh-keys$/);
  const card = page.getByRole("region", { name: "SSH keys" });
  await expect(card.getByText("No SSH keys yet.")).toBeVisible();

  await card.getByRole("button", { name: "Add SSH key" }).click();
  await card.getByLabel("Public key").fill(key.privateKey);
  await card.getByRole("button", { name: "Add key" }).click();
  await expect(card.getByRole("alert")).toContainText("Never paste a private key");

  // A line copied from a server's authorized_keys is told which options to leave out.
  await card.getByLabel("Public key").fill(`from="10.0.0.0/8",no-pty ${key.publicLine}`);
  await card.getByRole("button", { name: "Add key" }).click();
  await expect(card.getByRole("alert")).toContainText("authorized_keys options (from, no-pty)");
  await saveScreenshot(page, testInfo, "security-ssh-key-options");

  // The same key as an RFC 4716 block (PuTTY, ssh-keygen -e) is converted.
  const block = execFileSync("ssh-keygen", ["-e", "-f", key.publicFile], { encoding: "utf8" });
  await card.getByLabel("Name").fill("Work laptop");
  await card.getByLabel("Public key").fill(block);
  await card.getByRole("button", { name: "Add key" }).click();
  const list = card.getByRole("list", { name: "SSH keys" });
  await expect(list.getByText("Work laptop")).toBeVisible();
  await expect(list.getByText(key.fingerprint)).toBeVisible();
  await saveScreenshot(page, testInfo, "security-ssh-keys");

  await list.getByRole("button", { name: "Delete Work laptop" }).click();
  const confirm = page.getByRole("dialog", { name: "Delete “Work laptop”?" });
  await saveScreenshot(page, testInfo, "security-ssh-key-delete");
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(list.getByText("Work laptop")).toBeVisible();
  await list.getByRole("button", { name: "Delete Work laptop" }).click();
  await confirm.getByRole("button", { name: "Delete key" }).click();
  await expect(card.getByText("No SSH keys yet.")).toBeVisible();
});

test("signing out another session ends it on its next request", async ({
  page,
  browser,
  portal,
}, testInfo) => {
  const other = await browser.newContext({ baseURL: portal.url });
  await signInWithPassword(page, demo.employee.email, demo.employee.password);
  const otherPage = await other.newPage();
  await otherPage.goto("/");
  await otherPage.getByLabel("Company email").fill(demo.employee.email);
  await otherPage.getByRole("button", { name: "Continue" }).click();
  await otherPage.getByLabel("Password", { exact: true }).fill(demo.employee.password);
  await otherPage.getByRole("button", { name: "Log in" }).click();
  await expect(otherPage.getByRole("heading", { name: "Applications", exact: true })).toBeVisible();

  await openSecurity(page, "Sessions");
  const card = page.getByRole("region", { name: "Active sessions" });
  await expect(card.getByText("This session")).toBeVisible();
  // Other journeys on this worker's server signed the demo employee in too: several sessions.
  expect(await card.getByRole("listitem").count()).toBeGreaterThanOrEqual(2);
  await saveScreenshot(page, testInfo, "security-sessions");
  await card.getByRole("button", { name: "Sign out everywhere else" }).click();
  await expect(card.getByRole("button", { name: "Sign out everywhere else" })).toBeHidden();
  await expect(card.getByRole("listitem")).toHaveCount(1); // the list itself is refreshed

  expect((await otherPage.request.get("/api/me")).status()).toBe(401);
  await otherPage.reload();
  await expect(otherPage.getByLabel("Company email")).toBeVisible();
  await other.close();
});

test("“This wasn't me” signs the user out everywhere and locks the account", async ({
  browser,
}, testInfo) => {
  // Its own server: the demo employee ends up locked, which no other test should inherit.
  const portal = await startPortalServer();
  const context = await browser.newContext({ baseURL: portal.url });
  const page = await context.newPage();
  try {
    await signInWithPassword(page, demo.employee.email, "a wrong password");
    await expect(page.getByRole("alert")).toBeVisible();
    await page.getByLabel("Password", { exact: true }).fill(demo.employee.password);
    await page.getByRole("button", { name: "Log in" }).click();
    await openSecurity(page, "Sign-in history");

    const history = page.getByRole("region", { name: "Sign-in history" });
    const failed = history.getByRole("listitem").filter({ hasText: "Sign-in failed" });
    await expect(failed).toContainText("wrong password");
    await expect(history).not.toContainText("sign_in."); // words, never the internal names
    await saveScreenshot(page, testInfo, "security-history");

    await failed.getByRole("button", { name: "This wasn’t me" }).click();
    const confirm = page.getByRole("dialog", { name: "Secure your account?" });
    await saveScreenshot(page, testInfo, "security-this-wasnt-me");
    await confirm.getByRole("button", { name: "Sign out everywhere and lock" }).click();
    const locked = page.getByRole("dialog", { name: "Your account is locked" });
    await expect(locked).toContainText("locked your account");
    await locked.getByRole("button", { name: "OK" }).click();

    await expect(page.getByLabel("Company email")).toBeVisible();
    await signInWithPassword(page, demo.employee.email, demo.employee.password);
    // The right password learns why: the user's own report, and who to contact.
    await expect(page.getByRole("alert")).toHaveText(
      /locked because you reported activity on it that you did not recognize\. Your IT administrator has been told/,
    );
    await saveScreenshot(page, testInfo, "security-locked-after-report");
  } finally {
    await context.close();
    await portal.stop();
  }
});

test("the desktop app card offers IT's download links, this computer's OS first", async ({
  browser,
}, testInfo) => {
  const portal = await startPortalServer({
    GATEHOUSE_DESKTOP_DOWNLOAD_MACOS: "https://downloads.example.com/Gatehouse.dmg",
    GATEHOUSE_DESKTOP_DOWNLOAD_LINUX: "https://downloads.example.com/Gatehouse.AppImage",
  });
  const context = await browser.newContext({ baseURL: portal.url });
  const page = await context.newPage();
  try {
    await signInWithPassword(page, demo.employee.email, demo.employee.password);
    await openSecurity(page, "Devices");
    const links = page.getByRole("list", { name: "Desktop app downloads" }).getByRole("link");
    // Chromium here runs on Linux.
    await expect(links).toHaveText(["Download for Linux", "Download for macOS"]);
    await expect(links.first()).toHaveAttribute(
      "href",
      "https://downloads.example.com/Gatehouse.AppImage",
    );
    await saveScreenshot(page, testInfo, "security-desktop-app");
  } finally {
    await context.close();
    await portal.stop();
  }
});

test("the desktop app generates a key pair on the device and adds only its public key", async ({
  page,
}, testInfo) => {
  test.skip(sshKeygen.skipReason !== undefined, sshKeygen.skipReason);
  // Chromium has no bridge: the page gets one whose generateSshKey runs the real main/core
  // module (and the real ssh-keygen) in place of the IPC hop, with a throwaway home folder.
  const home = mkdtempSync(path.join(tmpdir(), "gatehouse-e2e-home-"));
  await page.exposeFunction("runGenerateSshKey", async (request: unknown) => {
    const checked = checkSshKeyRequest([request]);
    if (!checked.ok) {
      return { ok: false, error: { code: "INVALID_ARGUMENTS", message: checked.reason } };
    }
    const outcome = await generateSshKeyPair(checked.request, { homeDirectory: home });
    return outcome.ok ? { ok: true, value: outcome.key } : { ok: false, error: outcome };
  });
  await page.addInitScript(() => {
    const exposed = window as unknown as {
      runGenerateSshKey: (request: unknown) => Promise<never>;
    };
    const bridge = {
      platform: () =>
        Promise.resolve({
          ok: true,
          value: {
            os: "linux",
            appVersion: "1.0.0",
            bundledServer: true,
            updates: { enabled: true },
          },
        }),
      checkForUpdates: () =>
        Promise.resolve({ ok: true, value: { status: "up-to-date", currentVersion: "1.0.0" } }),
      onVerifyNow: () => () => undefined,
      onDeepLink: () => () => undefined,
      onResume: () => () => undefined,
      showWindow: () => Promise.resolve({ ok: true, value: null }),
      reportLocale: () => Promise.resolve({ ok: true, value: null }),
      signDeviceChallenge: () =>
        Promise.resolve({ ok: false, error: { code: "NOT_ENROLLED", message: "Not enrolled." } }),
      enrollDevice: () =>
        Promise.resolve({ ok: false, error: { code: "ENROLLMENT_FAILED", message: "Offline." } }),
      generateSshKey: (request: unknown) => exposed.runGenerateSshKey(request),
    };
    Object.defineProperty(window, "gatehouse", { value: bridge });
  });

  await signInWithPassword(page, demo.employee.email, demo.employee.password);
  await openSecurity(page, "SSH keys");
  const card = page.getByRole("region", { name: "SSH keys" });
  await card.getByRole("button", { name: "Generate a key pair on this device" }).click();
  await card.getByLabel("Passphrase (optional)", { exact: true }).fill("correct horse battery");
  await card.getByLabel("Confirm passphrase", { exact: true }).fill("correct horse battery");
  await card.getByRole("button", { name: "Generate key pair" }).click();
  const privateKeyPath = path.join(home, ".ssh", "id_ed25519");
  await expect(card.getByRole("status")).toContainText(privateKeyPath);
  const fingerprint =
    execFileSync("ssh-keygen", ["-lf", `${privateKeyPath}.pub`], { encoding: "utf8" }).split(
      " ",
    )[1] ?? "";
  await expect(card.getByRole("list", { name: "SSH keys" }).getByText(fingerprint)).toBeVisible();
  await expect(card.getByText("Linux device")).toBeVisible();
  await saveScreenshot(page, testInfo, "security-ssh-key-generated");
  await card.getByRole("button", { name: "Done" }).click();
  await expect(card.getByRole("status")).toBeHidden();
  const derived = execFileSync(
    "ssh-keygen",
    ["-y", "-P", "correct horse battery", "-f", privateKeyPath],
    { encoding: "utf8" },
  );
  expect(derived.startsWith("ssh-ed25519 ")).toBe(true);
});

test("a connect key is shown once, with a button that copies it", async ({
  page,
  browserName,
}, testInfo) => {
  await signInWithPassword(page, demo.employee.email, demo.employee.password);
  await openSecurity(page, "Devices");
  const card = page.getByRole("region", { name: "Connect key" });
  await card.getByRole("button", { name: "Generate connect key" }).click();
  const key = card.getByTestId("connect-key");
  await expect(key).toHaveText(/\S{20,}/);
  await saveScreenshot(page, testInfo, "security-connect-key");
  // Reading the clipboard back needs a permission only Chromium lets a test grant.
  if (browserName === "chromium") {
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await card.getByRole("button", { name: "Copy key" }).click();
    await expect(card.getByRole("button", { name: "Copied" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await key.innerText());
  }
});

test("on a phone-sized screen the open section's tab scrolls into view", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInWithPassword(page, demo.employee.email, demo.employee.password);
  // Signed in before leaving the page, or the address below opens the sign-in screen.
  await expect(page.getByRole("heading", { name: "Applications", exact: true })).toBeVisible();
  await page.goto("/security/history");
  const sections = page.getByRole("navigation", { name: "Security sections" });
  // Whole, but for sub-pixel rounding.
  await expect(sections.getByRole("link", { name: "Sign-in history" })).toBeInViewport({
    ratio: 0.99,
  });
  await sections.getByRole("link", { name: "Password and MFA" }).click();
  await expect(sections.getByRole("link", { name: "Password and MFA" })).toBeInViewport({
    ratio: 0.99,
  });
});
