// Playwright fixtures: each worker runs its own real Gatehouse server (the bundled build,
// out/server/cli.mjs, as the container image and the desktop app run it; in demo mode, on a fresh
// SQLite file and a free port on localhost) and the page talks to it.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test as base, expect, type Page, type TestInfo } from "@playwright/test";
import { demoAccounts } from "../../server/demo/demo-accounts.ts";
import { checkScreen, expectNoViolations } from "./screens.ts";

export type PortalServer = { url: string; stop(): Promise<void> };

/** Starts `node out/server/cli.mjs` and resolves once it prints its URL. */
export async function startPortalServer(
  environment: Record<string, string> = {},
): Promise<PortalServer> {
  const directory = mkdtempSync(path.join(tmpdir(), "gatehouse-e2e-"));
  const child: ChildProcess = spawn(process.execPath, ["out/server/cli.mjs"], {
    env: {
      ...process.env,
      GATEHOUSE_MODE: "demo",
      GATEHOUSE_HOST: "localhost",
      GATEHOUSE_PORT: "0",
      GATEHOUSE_LOG_LEVEL: "warn",
      GATEHOUSE_DATABASE_URL: `sqlite:${path.join(directory, "gatehouse.db")}`,
      ...environment,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Gatehouse portal \(demo data\): (http:\/\/localhost:\d+)/.exec(output);
      if (match?.[1] !== undefined) {
        resolve(match[1]);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

export const test = base.extend<{ axeAtEnd: void }, { portal: PortalServer }>({
  // Whatever state a test ends in is scanned too, so no screen it reaches goes unchecked.
  axeAtEnd: [
    async ({ page }, use, testInfo) => {
      await use();
      if (testInfo.status === "passed" && !page.isClosed() && page.url().startsWith("http")) {
        await expectNoViolations(page, `the end of “${testInfo.title}”`);
      }
    },
    { auto: true },
  ],
  portal: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
    async ({}, use) => {
      const server = await startPortalServer();
      await use(server);
      await server.stop();
    },
    { scope: "worker" },
  ],
  baseURL: async ({ portal }, use) => {
    await use(portal.url);
  },
});

export { expect };

export const demo = demoAccounts;

/**
 * A screen the test reached: axe must find nothing on it in light and dark, at 1280 and 390 px,
 * and each variant is saved as a screenshot (test/e2e/screens.ts).
 */
export async function saveScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await checkScreen(page, testInfo, name);
}

export async function signInWithPassword(
  page: Page,
  email: string,
  password: string,
): Promise<void> {
  await page.goto("/");
  await page.getByLabel("Company email").fill(email);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
}

/** Opens Security from the portal's navigation, and one of its sections by its link. */
export async function openSecurity(page: Page, section?: string): Promise<void> {
  await page
    .getByRole("navigation", { name: "Portal" })
    .getByRole("link", { name: "Security" })
    .click();
  if (section !== undefined) {
    await page
      .getByRole("navigation", { name: "Security sections" })
      .getByRole("link", { name: section })
      .click();
  }
}
