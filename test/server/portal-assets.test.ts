// The portal's assets go out as the brotli or gzip copy the build wrote (scripts/precompress.ts)
// when the browser accepts one, say they vary on Accept-Encoding, and stay cached forever; the
// page itself is never stored, whichever copy is sent.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { precompressAssets } from "../../scripts/precompress.ts";
import { startTestServer, type TestServer } from "../fixtures/test-server.ts";

const uiDirectory = mkdtempSync(path.join(tmpdir(), "gatehouse-ui-"));
const script = `export function greet(name){return "Hello, "+name;}\n`.repeat(200);
const page = `<!doctype html><title>Gatehouse</title>${"<!-- padding -->".repeat(100)}`;
let server: TestServer;

beforeAll(async () => {
  mkdirSync(path.join(uiDirectory, "assets"));
  writeFileSync(path.join(uiDirectory, "index.html"), page);
  writeFileSync(path.join(uiDirectory, "assets", "index-Ab12Cd34.js"), script);
  // The page gets compressed copies too, to prove they cannot make it cacheable.
  precompressAssets(uiDirectory);
  server = await startTestServer("sqlite", { config: { uiDirectory } });
});
afterAll(async () => {
  await server.close();
  rmSync(uiDirectory, { recursive: true, force: true });
});

function decode(encoding: string | undefined, body: Buffer): string {
  if (encoding === "br") {
    return brotliDecompressSync(body).toString();
  }
  if (encoding === "gzip") {
    return gunzipSync(body).toString();
  }
  return body.toString();
}

// What the browser accepts → the copy it must get (RFC 9110 §12.5.3).
const negotiations: [string | undefined, string | undefined][] = [
  ["gzip, deflate, br, zstd", "br"],
  ["br", "br"],
  ["gzip", "gzip"],
  ["br;q=0, gzip", "gzip"],
  ["deflate", undefined],
  ["identity", undefined],
  ["gzip;q=0, br;q=0", undefined],
  [undefined, undefined],
];

describe("portal assets", () => {
  for (const [accepted, expected] of negotiations) {
    it(`an asset asked with Accept-Encoding ${accepted ?? "(none)"} comes ${expected ?? "uncompressed"}, immutable`, async () => {
      const response = await server.request({
        method: "GET",
        url: "/assets/index-Ab12Cd34.js",
        headers: accepted === undefined ? {} : { "accept-encoding": accepted },
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-encoding"]).toBe(expected);
      expect(String(response.headers.vary)).toMatch(/accept-encoding/i);
      expect(response.headers["content-type"]).toMatch(/javascript/);
      expect(response.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
      expect(decode(expected, response.rawPayload)).toBe(script);
      if (expected !== undefined) {
        expect(response.rawPayload.length).toBeLessThan(script.length / 4);
      }
    });
  }

  for (const [accepted, expected] of negotiations) {
    it(`the page asked with Accept-Encoding ${accepted ?? "(none)"} is never stored`, async () => {
      const response = await server.request({
        method: "GET",
        url: "/login",
        headers: accepted === undefined ? {} : { "accept-encoding": accepted },
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-encoding"]).toBe(expected);
      expect(response.headers["cache-control"]).toBe("no-store");
      expect(decode(expected, response.rawPayload)).toBe(page);
    });
  }

  it("an asset that does not exist is a 404, whatever the encoding", async () => {
    for (const accepted of ["br", "gzip", "identity"]) {
      const response = await server.request({
        method: "GET",
        url: "/assets/missing-0000.js",
        headers: { "accept-encoding": accepted },
      });
      expect(response.statusCode).toBe(404);
    }
  });
});
