// The launch hop in the desktop app: the portal asks main to open a one-time launch URL in the
// system browser, and main passes exactly that URL on, refusing anything that is not a launch
// URL of the portal origin. The system browser itself cannot run here, so shell.openExternal is
// replaced in the main process by a recorder. Skips itself without an Electron binary.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { _electron, expect, test, type ElectronApplication } from "@playwright/test";
import type {} from "../../renderer/lib/desktop.ts"; // declares window.gatehouse
import { findElectronBinary } from "../../scripts/electron-binary.ts";
import { demoAccounts } from "../../server/demo/demo-accounts.ts";

const projectRoot = path.resolve(import.meta.dirname, "../..");
const electron = findElectronBinary(projectRoot);

test.skip(!electron.found, `Electron suite skipped: ${electron.found ? "" : electron.reason}`);

let app: ElectronApplication;
let userData: string;

test.beforeEach(async () => {
  userData = mkdtempSync(path.join(tmpdir(), "gatehouse-electron-"));
  app = await _electron.launch({
    executablePath: electron.found ? electron.path : "",
    args: [path.join(projectRoot, "out/main/index.cjs")],
    env: { ...process.env, GATEHOUSE_USER_DATA_DIR: userData },
  });
});

test.afterEach(async () => {
  await app.close();
  rmSync(userData, { recursive: true, force: true });
});

test("main opens only the portal's one-time launch URLs in the system browser", async () => {
  await app.evaluate(({ shell }) => {
    const opened: string[] = [];
    (globalThis as { openedUrls?: string[] }).openedUrls = opened;
    shell.openExternal = (url: string) => {
      opened.push(url);
      return Promise.resolve();
    };
  });
  const portal = await app.firstWindow();
  await expect(portal.getByLabel("Company email")).toBeVisible({ timeout: 30_000 });
  await portal.getByLabel("Company email").fill(demoAccounts.employee.email);
  await portal.getByRole("button", { name: "Continue" }).click();
  await portal.getByLabel("Password", { exact: true }).fill(demoAccounts.employee.password);
  await portal.getByRole("button", { name: "Log in" }).click();
  await expect(portal.getByRole("button", { name: /Account menu/ })).toBeVisible();

  const answers = await portal.evaluate(async () => {
    const bridge = window.gatehouse;
    const { apps } = (await (await fetch("/api/apps")).json()) as { apps: { id: string }[] };
    const launched = await fetch(`/api/apps/${apps[0]?.id ?? ""}/launch`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    const { url } = (await launched.json()) as { url: string };
    return {
      url,
      valid: await bridge?.openExternal(url),
      foreign: await bridge?.openExternal("https://evil.example.net/launch/abc"),
      notLaunch: await bridge?.openExternal(`${window.location.origin}/api/me`),
    };
  });

  expect(answers.valid).toEqual({ ok: true, value: null });
  expect(answers.foreign).toMatchObject({ ok: false, error: { code: "INVALID_ARGUMENTS" } });
  expect(answers.notLaunch).toMatchObject({ ok: false, error: { code: "INVALID_ARGUMENTS" } });
  const opened = await app.evaluate(() => (globalThis as { openedUrls?: string[] }).openedUrls);
  expect(opened).toEqual([answers.url]);
});
