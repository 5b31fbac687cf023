// Run by bench/login-lcp.ts as its own process, `node bench/browser/login-lcp.ts ORIGIN`: the
// sign-in page's Largest Contentful Paint in Chromium, median of 11 first visits (a fresh browser
// context each, so nothing is cached), beside the LCP of a page the same server renders without
// any script (the launch failure page). Prints one JSON line. Its own process and tsconfig
// project (tsconfig.e2e.json) because Playwright's types bring Electron's globals with them,
// which the server's project must not see.
import { chromium, type Browser } from "@playwright/test";
import { findChromium } from "../../test/fixtures/find-chromium.ts";
import type { LoginLcpResult } from "../login-lcp.ts";

const loads = 11;
const loadTimeoutMs = 30_000;
// The flags the e2e suite starts Chromium with (playwright.config.ts).
const chromiumArguments = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

async function measureLoginLcp(origin: string): Promise<LoginLcpResult> {
  const found = await findChromium({
    environment: process.env,
    platform: process.platform,
    arch: process.arch,
    playwrightExecutable: chromium.executablePath(),
  });
  if (!found.found) {
    return { skipped: found.reason };
  }
  const browser = await chromium.launch({
    executablePath: found.executablePath,
    args: chromiumArguments,
    ...(Object.keys(found.env).length > 0 && { env: { ...process.env, ...found.env } }),
  });
  try {
    return {
      loads,
      loginMs: await medianLcp(browser, `${origin}/login`),
      scriptFreePageMs: await medianLcp(browser, `${origin}/launch/bench-no-such-ticket`),
    };
  } finally {
    await browser.close();
  }
}

async function medianLcp(browser: Browser, url: string) {
  const samples: number[] = [];
  for (let load = 0; load < loads; load += 1) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: "networkidle", timeout: loadTimeoutMs });
      samples.push(Number(await page.evaluate(latestLcp)));
    } finally {
      await context.close();
    }
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? 0;
}

/** Run in the page (a string: the bench is compiled without the DOM's types): the start time of
 * the last LCP candidate reported so far. */
const latestLcp = `new Promise((resolve) => {
  new PerformanceObserver((list) => {
    resolve(list.getEntries().at(-1)?.startTime ?? 0);
  }).observe({ type: "largest-contentful-paint", buffered: true });
})`;

const [origin] = process.argv.slice(2);
if (origin === undefined) {
  throw new Error("usage: node bench/browser/login-lcp.ts ORIGIN");
}
console.log(JSON.stringify(await measureLoginLcp(origin)));
