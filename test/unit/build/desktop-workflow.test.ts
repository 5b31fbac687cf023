// The GitHub Actions workflow that runs what cannot run here: the _electron suite and the
// installers on macOS, Windows and Ubuntu 24.04 (docs/desktop.md "CI").
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const workflow = readFileSync(
  path.resolve(import.meta.dirname, "../../../.github/workflows/desktop.yml"),
  "utf8",
);

describe("desktop workflow", () => {
  it("runs on macOS, Windows and Ubuntu 24.04", () => {
    expect(workflow).toContain("os: [macos-latest, windows-latest, ubuntu-24.04]");
  });

  it("fetches Electron, builds, runs the _electron suite and packages unsigned installers", () => {
    const order = [
      "node node_modules/electron/install.js",
      "run: npm run build",
      "npm run test:electron",
      "run: npm run package",
    ];
    const positions = order.map((command) => workflow.indexOf(command));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("gives Linux a virtual display, a keyring for safeStorage and a working Chromium sandbox", () => {
    expect(workflow).toMatch(/xvfb-run .*npm run test:electron/);
    expect(workflow).toContain("gnome-keyring-daemon --unlock");
    expect(workflow).toContain("sudo chmod 4755 node_modules/electron/dist/chrome-sandbox");
    expect(workflow).not.toMatch(/--no-sandbox/);
  });

  it("uploads the installers with the macOS zip and the update feed files, and the screenshots", () => {
    for (const artifact of [
      "dist/*.zip",
      "dist/*.msi",
      "dist/latest*.yml",
      "test-results/electron/",
    ]) {
      expect(workflow).toContain(artifact);
    }
  });
});
