// `npm run bench` section: the sign-in page's Largest Contentful Paint in Chromium beside a page
// the same server renders without script, measured by bench/browser/login-lcp.ts in its own
// process (see there why). Skipped, saying why, where no Chromium is found.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { FigureLog } from "./figures.ts";

/** What bench/browser/login-lcp.ts prints. */
export type LoginLcpResult =
  { skipped: string } | { loads: number; loginMs: number; scriptFreePageMs: number };

export async function runLoginLcpBench(input: { origin: string; log: FigureLog }): Promise<void> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["bench/browser/login-lcp.ts", input.origin],
    { timeout: 10 * 60_000 },
  );
  const result = JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as LoginLcpResult;
  if ("skipped" in result) {
    console.log(`\nsign-in page LCP: skipped (${result.skipped})`);
    return;
  }
  input.log.report({
    name: `sign-in page LCP, median of ${result.loads} first visits`,
    value: result.loginMs,
    unit: "ms",
    ceiling: {
      value: result.scriptFreePageMs,
      what: "a page the server renders without script, same run",
    },
    lowerIsBetter: true,
  });
}
