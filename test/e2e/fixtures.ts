// Playwright fixtures: each worker runs its own real Gatehouse server (node server/cli.ts in
// demo mode, fresh SQLite file, free port on localhost) and the page talks to it.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test as base, expect, type Page, type TestInfo } from "@playwright/test";
import { demoAccounts } from "../../server/demo/demo-accounts.ts";

export type PortalServer = { url: string; stop(): Promise<void> };

/** Starts `node server/cli.ts` and resolves once it prints its URL. */
export async function startPortalServer(
  environment: Record<string, string> = {},
): Promise<PortalServer> {
  const directory = mkdtempSync(path.join(tmpdir(), "gatehouse-e2e-"));
  const child: ChildProcess = spawn(process.execPath, ["server/cli.ts"], {
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

export const test = base.extend<object, { portal: PortalServer }>({
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

/** Saves a full-page screenshot as a named artifact of the test. */
export async function saveScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const file = testInfo.outputPath(`${name}.png`);
  // From the top, so the sticky header is drawn where it belongs in a full-page capture.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { path: file, contentType: "image/png" });
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
