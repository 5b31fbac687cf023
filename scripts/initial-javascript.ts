// Measures the JavaScript a browser must download before the portal can render: the entry
// script plus the modules index.html preloads, gzipped, as a CDN would send them.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

// The sign-in page measures 87.3 KB: react-dom is about 62 KB of it, react-intl with its
// formatter (a chunk of its own, preloaded) about 10 KB. The pages around the sign-in page
// (forgot and reset password, re-verification), the desktop app's listeners and the HTTP client
// (ky, loaded with the first request by renderer/lib/http.ts) load on demand.
export const initialJavaScriptBudgetBytes = 90 * 1024;

export function initialScriptPaths(indexHtml: string): string[] {
  const paths = new Set<string>();
  for (const match of indexHtml.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)) {
    paths.add(match[1] ?? "");
  }
  for (const match of indexHtml.matchAll(
    /<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g,
  )) {
    paths.add(match[1] ?? "");
  }
  return [...paths].filter((entry) => entry !== "");
}

export function measureInitialJavaScript(buildDirectory: string): {
  files: number;
  gzipBytes: number;
} {
  const indexHtml = readFileSync(path.join(buildDirectory, "index.html"), "utf8");
  const scripts = initialScriptPaths(indexHtml);
  const gzipBytes = scripts.reduce((total, script) => {
    const file = path.join(buildDirectory, script.replace(/^\//, ""));
    return total + gzipSync(readFileSync(file), { level: 9 }).length;
  }, 0);
  return { files: scripts.length, gzipBytes };
}
