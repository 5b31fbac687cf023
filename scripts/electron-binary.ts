// Finds the Electron binary without triggering the electron package's lazy download (which
// blocks and fails on machines without internet access). Used by `npm start` and the
// Playwright _electron suite, which skips itself with this reason when there is none.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

export type ElectronBinary = { found: true; path: string } | { found: false; reason: string };

export function findElectronBinary(projectRoot: string, environment = process.env): ElectronBinary {
  const packageDirectory = path.join(projectRoot, "node_modules/electron");
  const pathFile = path.join(packageDirectory, "path.txt");
  const relative = existsSync(pathFile) ? readFileSync(pathFile, "utf8").trim() : undefined;
  const override = environment.ELECTRON_OVERRIDE_DIST_PATH;
  if (override !== undefined && override !== "") {
    const candidate = path.join(override, relative ?? "electron");
    return existsSync(candidate)
      ? { found: true, path: candidate }
      : {
          found: false,
          reason: `ELECTRON_OVERRIDE_DIST_PATH has no Electron binary at ${candidate}`,
        };
  }
  if (relative === undefined) {
    return {
      found: false,
      reason:
        "no Electron binary is installed (node_modules/electron/path.txt is missing; `npx install-electron` fetches it)",
    };
  }
  const candidate = path.join(packageDirectory, "dist", relative);
  return existsSync(candidate)
    ? { found: true, path: candidate }
    : { found: false, reason: `the Electron binary is missing at ${candidate}` };
}
