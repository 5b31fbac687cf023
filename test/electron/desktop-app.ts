// Shared by the _electron specs: find the Electron binary (or the reason there is none), launch
// the built app on a throwaway data folder, and sign in as the demo employee.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { _electron, expect, test, type ElectronApplication, type Page } from "@playwright/test";
import type {} from "../../renderer/lib/desktop.ts"; // declares window.gatehouse
import { findElectronBinary } from "../../scripts/electron-binary.ts";
import { demoAccounts } from "../../server/demo/demo-accounts.ts";

const projectRoot = path.resolve(import.meta.dirname, "../..");

export const electron = findElectronBinary(projectRoot);

/** Why the suite cannot run here, for test.skip; empty when it can. */
export const skipReason = electron.found ? "" : `Electron suite skipped: ${electron.reason}`;

export type DesktopApp = { app: ElectronApplication; userData: string; close(): Promise<void> };

export type LaunchOptions = {
  /** Extra command-line arguments, e.g. --portal-url=…. */
  args?: string[];
  env?: Record<string, string>;
  /** A data folder to reuse (kept on close); otherwise a throwaway one. */
  userData?: string;
};

export async function launchDesktopApp(options: LaunchOptions = {}): Promise<DesktopApp> {
  const userData = options.userData ?? mkdtempSync(path.join(tmpdir(), "gatehouse-electron-"));
  const app = await _electron.launch({
    executablePath: electron.found ? electron.path : "",
    args: [path.join(projectRoot, "out/main/index.cjs"), ...(options.args ?? [])],
    env: { ...process.env, GATEHOUSE_USER_DATA_DIR: userData, ...options.env },
  });
  return {
    app,
    userData,
    close: async () => {
      await app.close();
      if (options.userData === undefined) {
        rmSync(userData, { recursive: true, force: true });
      }
    },
  };
}

/** Replaces shell.openExternal in main with a recorder (the system browser cannot run here). */
export async function recordOpenedUrls(app: ElectronApplication): Promise<() => Promise<string[]>> {
  await app.evaluate(({ shell }) => {
    const opened: string[] = [];
    (globalThis as { openedUrls?: string[] }).openedUrls = opened;
    shell.openExternal = (url: string) => {
      opened.push(url);
      return Promise.resolve();
    };
  });
  return () => app.evaluate(() => (globalThis as { openedUrls?: string[] }).openedUrls ?? []);
}

/** Waits for the bundled server's login page, then signs in as the demo employee. */
export async function signInAsDemoEmployee(portal: Page): Promise<void> {
  await expect(portal.getByLabel("Company email")).toBeVisible({ timeout: 30_000 });
  await portal.getByLabel("Company email").fill(demoAccounts.employee.email);
  await portal.getByRole("button", { name: "Continue" }).click();
  await portal.getByLabel("Password", { exact: true }).fill(demoAccounts.employee.password);
  await portal.getByRole("button", { name: "Log in" }).click();
  await expect(portal.getByRole("button", { name: /account menu for Alex Morgan/i })).toBeVisible();
}

/**
 * For a spec: skips it, with the reason, where there is no Electron binary; otherwise launches a
 * fresh app before each test and closes it after. Returns the running app.
 */
export function useDesktopApp(options: LaunchOptions = {}): () => ElectronApplication {
  test.skip(!electron.found, skipReason);
  let desktop: DesktopApp | undefined;
  test.beforeEach(async () => {
    desktop = await launchDesktopApp(options);
  });
  test.afterEach(async () => {
    await desktop?.close();
  });
  return () => {
    if (desktop === undefined) {
      throw new Error("the desktop app is not running");
    }
    return desktop.app;
  };
}

/** A browser elsewhere: remembers cookies, sends our Origin and JSON like the portal does. */
export function browserElsewhere(origin: string) {
  const cookies = new Map<string, string>();
  return async (route: string, body: object = {}, method = "POST") => {
    const response = await fetch(`${origin}${route}`, {
      method,
      headers: {
        origin,
        "content-type": "application/json",
        cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join("; "),
      },
      body: JSON.stringify(body),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const [name = "", value = ""] = pair.split("=");
      cookies.set(name, value);
    }
    // 204 No Content (a cancel, a sign-out) has no body to read.
    return response.status === 204 ? {} : ((await response.json()) as Record<string, unknown>);
  };
}
