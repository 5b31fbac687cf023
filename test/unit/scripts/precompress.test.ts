import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { precompressAssets } from "../../../scripts/precompress.ts";

describe("precompressed portal assets", () => {
  const directory = mkdtempSync(path.join(tmpdir(), "gatehouse-precompress-"));
  mkdirSync(path.join(directory, "nested"));
  const files = {
    "app.js": "console.log('portal');\n".repeat(300),
    "nested/styles.css": ".button{color:red}\n".repeat(300),
    "tiny.js": "x()",
    "app.js.map": '{"version":3}'.repeat(300),
    "logo.png": "\u0089PNG".repeat(600),
  };
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(path.join(directory, name), content);
  }
  const result = precompressAssets(directory);

  it("writes brotli and gzip copies that decompress to the very same bytes, in every folder", () => {
    for (const name of ["app.js", "nested/styles.css"]) {
      const file = path.join(directory, name);
      const original = readFileSync(file);
      expect(brotliDecompressSync(readFileSync(`${file}.br`))).toEqual(original);
      expect(gunzipSync(readFileSync(`${file}.gz`))).toEqual(original);
    }
    expect(result.files).toBe(2);
    expect(result.brotliBytes).toBeLessThan(result.bytes / 4);
  });

  it("leaves tiny files, source maps and binary formats alone", () => {
    for (const name of ["tiny.js", "app.js.map", "logo.png"]) {
      expect(existsSync(path.join(directory, `${name}.br`)), name).toBe(false);
      expect(existsSync(path.join(directory, `${name}.gz`)), name).toBe(false);
    }
  });

  it("does not compress its own copies again when run twice", () => {
    precompressAssets(directory);
    expect(existsSync(path.join(directory, "app.js.br.br"))).toBe(false);
    expect(existsSync(path.join(directory, "app.js.gz.gz"))).toBe(false);
  });
});
