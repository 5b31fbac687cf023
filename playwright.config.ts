// End-to-end suite: the real server (demo mode, fresh SQLite) driven through a real Chromium,
// found by test/fixtures/find-chromium.ts (GATEHOUSE_CHROMIUM, Playwright's, the system's, npm's).
// GATEHOUSE_E2E_BROWSER=firefox or webkit runs it in Playwright's own builds of those instead
// (.github/workflows/browsers.yml installs them); the WebAuthn journeys then skip, saying why.
import { existsSync } from "node:fs";
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

// The journeys drive the server's bundle (out/server) and the portal it serves from out/renderer:
// without a build there is no server, or every page is blank and each test would wait out its
// whole timeout before failing.
if (!existsSync("out/renderer/index.html") || !existsSync("out/server/cli.mjs")) {
  console.error("The end-to-end suite drives the built portal: run `npm run build` first.");
  process.exit(1);
}

const browser = process.env.GATEHOUSE_E2E_BROWSER ?? "chromium";
if (!["chromium", "firefox", "webkit"].includes(browser)) {
  throw new Error(`GATEHOUSE_E2E_BROWSER must be chromium, firefox or webkit (got "${browser}")`);
}

async function chromiumLaunchOptions() {
  const found = await findChromium({
    environment: process.env,
    platform: process.platform,
    arch: process.arch,
    playwrightExecutable: chromium.executablePath(),
  });
  if (!found.found) {
    console.error(found.reason);
    process.exit(1);
  }
  if (process.env.TEST_WORKER_INDEX === undefined) {
    console.log(`Chromium: ${found.source} (${found.executablePath})`);
  }
  return {
    executablePath: found.executablePath,
    args: chromiumArguments,
    ...(Object.keys(found.env).length > 0 && { env: { ...process.env, ...found.env } }),
  };
}

export default defineConfig({
  testDir: "test/e2e",
  outputDir: browser === "chromium" ? "test-results/e2e" : `test-results/e2e-${browser}`,
  fullyParallel: false,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  // Each screen is scanned and captured four times (test/e2e/screens.ts): journeys take a while.
  timeout: 240_000,
  reporter: [
    ["list"],
    [
      "html",
      {
        outputFolder:
          browser === "chromium" ? "playwright-report/e2e" : `playwright-report/e2e-${browser}`,
        open: "never",
      },
    ],
  ],
  use: {
    browserName: browser as "chromium" | "firefox" | "webkit",
    ...(browser === "chromium" ? { launchOptions: await chromiumLaunchOptions() } : {}),
    viewport: { width: 1280, height: 800 },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
});
