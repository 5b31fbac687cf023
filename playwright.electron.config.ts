// The desktop journey through Playwright's _electron against the built app. It runs wherever an
// Electron binary exists; elsewhere every test reports itself skipped with the reason below.
import { defineConfig } from "@playwright/test";
import { findElectronBinary } from "./scripts/electron-binary.ts";

const electron = findElectronBinary(import.meta.dirname);
if (!electron.found) {
  console.log(`Electron suite skipped: ${electron.reason}.`);
}

export default defineConfig({
  testDir: "test/electron",
  outputDir: "test-results/electron",
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 90_000,
  reporter: [["list"]],
});
