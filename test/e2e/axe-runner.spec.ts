// The screen check's axe run (test/e2e/screens.ts) can fail: it names what a page gets wrong,
// finds nothing on a page without faults, and runs again on the same page without putting
// axe-core in a second time.
import { expect, test } from "@playwright/test";
import { axeViolations } from "./screens.ts";

const faultyPage = `<!doctype html><html lang="en"><head><title>Faults</title></head><body>
  <main><h1>Faults</h1><button id="nameless"></button>
  <p style="color:#bbb;background:#fff">Grey on white</p></main></body></html>`;

const cleanPage = `<!doctype html><html lang="en"><head><title>Clean</title></head><body>
  <main><h1>Clean</h1><button>Save</button><p>Black on white</p></main></body></html>`;

test("axe names the nameless button and the faint text, and finds nothing on a clean page", async ({
  page,
}) => {
  await page.setContent(faultyPage);
  const found = await axeViolations(page);
  expect(found).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^button-name \(critical\): #nameless — /),
      expect.stringMatching(/^color-contrast \(serious\): p — /),
    ]),
  );
  expect(found).toHaveLength(2);

  await page.evaluate(() => {
    Object.assign((window as unknown as { axe: object }).axe, { putInOnce: true });
    document.querySelector("#nameless")?.setAttribute("aria-label", "Close");
    document.querySelector("p")?.setAttribute("style", "color:#000;background:#fff");
  });
  expect(await axeViolations(page)).toEqual([]);
  expect(await page.evaluate(() => "putInOnce" in (window as unknown as { axe: object }).axe)).toBe(
    true,
  );

  await page.setContent(cleanPage);
  expect(await axeViolations(page)).toEqual([]);
});
