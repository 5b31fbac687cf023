import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import {
  initialScriptPaths,
  measureInitialJavaScript,
} from "../../../scripts/initial-javascript.ts";

describe("initial JavaScript budget", () => {
  it("counts the entry module and every preloaded module, but not lazy chunks", () => {
    const html = `<script type="module" crossorigin src="/assets/index-a.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/vendor-b.js">
      <link rel="stylesheet" href="/assets/index.css">`;
    expect(initialScriptPaths(html)).toEqual(["/assets/index-a.js", "/assets/vendor-b.js"]);
  });

  it("measures the gzipped size of those files", () => {
    const directory = mkdtempSync(path.join(tmpdir(), "gatehouse-bundle-"));
    mkdirSync(path.join(directory, "assets"));
    const entry = "console.log('entry');".repeat(200);
    const lazy = "console.log('lazy');".repeat(5000);
    writeFileSync(path.join(directory, "assets/index-a.js"), entry);
    writeFileSync(path.join(directory, "assets/lazy-c.js"), lazy);
    writeFileSync(
      path.join(directory, "index.html"),
      '<script type="module" src="/assets/index-a.js"></script>',
    );
    const measured = measureInitialJavaScript(directory);
    expect(measured.files).toBe(1);
    expect(measured.gzipBytes).toBe(gzipSync(entry, { level: 9 }).length);
  });
});
