import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findElectronBinary } from "../../../scripts/electron-binary.ts";

function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "gatehouse-electron-bin-"));
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  }
  return root;
}

describe("findElectronBinary", () => {
  it("finds the binary the electron package downloaded", () => {
    const root = project({
      "node_modules/electron/path.txt": "electron",
      "node_modules/electron/dist/electron": "",
    });
    expect(findElectronBinary(root, {})).toEqual({
      found: true,
      path: path.join(root, "node_modules/electron/dist/electron"),
    });
  });

  it("says why there is none, without trying to download it", () => {
    const result = findElectronBinary(project({ "node_modules/electron/index.js": "" }), {});
    expect(result).toMatchObject({ found: false });
    expect(result.found ? "" : result.reason).toMatch(/no Electron binary is installed/);
  });

  it("honours ELECTRON_OVERRIDE_DIST_PATH", () => {
    const root = project({ "dist/electron": "" });
    expect(
      findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: path.join(root, "dist") }),
    ).toMatchObject({ found: true });
    expect(findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: "/nowhere" })).toMatchObject({
      found: false,
    });
  });
});
