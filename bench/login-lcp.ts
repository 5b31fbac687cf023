// `npm run bench` section: the sign-in page's Largest Contentful Paint in Chromium, median of 11
// first visits (a fresh browser context each, so nothing is cached), beside the LCP of a page the
// same server renders without any script (the launch failure page) — what the portal's scripts
// cost before the person sees the form. Skipped, saying why, where no Chromium is found.
import { chromium, type Browser } from "@playwright/test";
import { findChromium } from "../test/fixtures/find-chromium.ts";
import type { FigureLog } from "./figures.ts";

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

export async function runLoginLcpBench(input: { origin: string; log: FigureLog }): Promise<void> {
  const found = await findChromium({
    environment: process.env,
    platform: process.platform,
    arch: process.arch,
    playwrightExecutable: chromium.executablePath(),
  });
  if (!found.found) {
    console.log(`\nsign-in page LCP: skipped (${found.reason})`);
    return;
  }
  const browser = await chromium.launch({
    executablePath: found.executablePath,
    args: chromiumArguments,
    ...(Object.keys(found.env).length > 0 && { env: { ...process.env, ...found.env } }),
  });
  try {
    const login = await medianLcp(browser, `${input.origin}/login`);
    const page = await medianLcp(browser, `${input.origin}/launch/bench-no-such-ticket`);
    input.log.report({
      name: `sign-in page LCP, median of ${loads} first visits`,
      value: login,
      unit: "ms",
      ceiling: { value: page, what: "a page the server renders without script, same run" },
      lowerIsBetter: true,
    });
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
