// The Electronegativity gate in `npm test` must really scan offline and really fail on a high
// finding: here it scans a deliberately unsafe window next to a safe one.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { highSeverityFindings, scan } from "../../../build/electronegativity.ts";

const directory = mkdtempSync(path.join(os.tmpdir(), "gatehouse-electronegativity-test-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe("Electronegativity gate", () => {
  it("finds a window without context isolation, and counts it as high severity", async () => {
    writeFileSync(
      path.join(directory, "unsafe.js"),
      `const { BrowserWindow } = require("electron");
new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });`,
    );
    const high = highSeverityFindings(await scan(directory));
    expect(high.map((finding) => finding.id)).toContain("CONTEXT_ISOLATION_JS_CHECK");
  });

  it("passes medium and informational findings", () => {
    expect(
      highSeverityFindings([
        { id: "A", severity: "MEDIUM", file: "x", line: 1, description: "" },
        { id: "B", severity: "INFORMATIONAL", file: "x", line: 1, description: "" },
        { id: "C", severity: "HIGH", file: "x", line: 1, description: "" },
      ]).map((finding) => finding.id),
    ).toEqual(["C"]);
  });
});
