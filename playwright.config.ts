// End-to-end suite: the real server (demo mode, fresh SQLite) driven through a real Chromium,
// found by test/fixtures/find-chromium.ts (GATEHOUSE_CHROMIUM, Playwright's, the system's, npm's).
import { chromium, defineConfig } from "@playwright/test";
import { findChromium } from "./test/fixtures/find-chromium.ts";

export const chromiumArguments = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

const browser = await findChromium({
  environment: process.env,
  platform: process.platform,
  arch: process.arch,
  playwrightExecutable: chromium.executablePath(),
});
if (!browser.found) {
  console.error(browser.reason);
  process.exit(1);
}
if (process.env.TEST_WORKER_INDEX === undefined) {
  console.log(`Chromium: ${browser.source} (${browser.executablePath})`);
}

export default defineConfig({
  testDir: "test/e2e",
  outputDir: "test-results/e2e",
  fullyParallel: false,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"], ["html", { outputFolder: "playwright-report/e2e", open: "never" }]],
  use: {
    browserName: "chromium",
    launchOptions: {
      executablePath: browser.executablePath,
      args: chromiumArguments,
      ...(Object.keys(browser.env).length > 0 && { env: { ...process.env, ...browser.env } }),
    },
    viewport: { width: 1280, height: 800 },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
});
