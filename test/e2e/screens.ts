// Every screen the suite reaches is checked the same way: axe (WCAG 2.0, 2.1 and 2.2, A and AA)
// must find nothing, in light and dark, at 1280 and 390 px wide, and in German and Arabic too,
// with the pseudo-locale's check for untranslated and clipped text (locale-checks.ts); each
// variant is saved as a screenshot (test-results/e2e/…) for a person to look at.
import axe from "axe-core";
import { expect, type Page, type TestInfo } from "@playwright/test";
import { checkLanguages } from "./locale-checks.ts";

export const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

const variants = [
  { width: 1280, height: 800, scheme: "light" },
  { width: 1280, height: 800, scheme: "dark" },
  { width: 390, height: 844, scheme: "light" },
  { width: 390, height: 844, scheme: "dark" },
] as const;

/** axe's violations on the page as it is now, one readable line per failing element. */
export async function axeViolations(page: Page): Promise<string[]> {
  // A colour still moving (a theme switch just before) is measured half-way: let it arrive.
  await page.evaluate(async () => {
    const transitions = document.getAnimations().filter((a) => a instanceof CSSTransition);
    await Promise.allSettled(transitions.map((transition) => transition.finished));
  });
  // axe-core itself, put in the page once and run there: @axe-core/playwright's analyze() puts
  // its 600 KB into the page twice on every scan and finishes each in a new blank page (for
  // cross-origin frames, which the portal has none of) — half a minute per screen on a loaded
  // machine, enough to run journeys out of their time.
  if (!(await page.evaluate(() => "axe" in window))) {
    await page.evaluate(axe.source);
  }
  const violations = await page.evaluate(
    async (tags) =>
      (
        await (window as unknown as { axe: typeof axe }).axe.run(document, {
          runOnly: { type: "tag", values: tags },
          resultTypes: ["violations"],
        })
      ).violations,
    wcagTags,
  );
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact ?? "?"}): ${node.target.join(" ")} — ${node.failureSummary?.split("\n")[1]?.trim() ?? violation.help}`,
    ),
  );
}

export async function expectNoViolations(page: Page, where: string): Promise<void> {
  expect(await axeViolations(page), `axe found violations on ${where}`).toEqual([]);
}

/**
 * Checks one screen or state in all four variants, then puts the page back as it was (size and
 * colour scheme), so the test carries on where it left off.
 */
export async function checkScreen(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const original = page.viewportSize();
  const problems: string[] = [];
  const scan = async (label: string, withAxe = true) => {
    await settle(page);
    const found = withAxe ? (await axeViolations(page)).map((line) => `${label}: ${line}`) : [];
    const file = testInfo.outputPath(`${label}.png`);
    await page.screenshot({ path: file, fullPage: true, animations: "disabled" });
    await testInfo.attach(label, { path: file, contentType: "image/png" });
    return found;
  };
  try {
    for (const variant of variants) {
      await page.setViewportSize({ width: variant.width, height: variant.height });
      await page.emulateMedia({ colorScheme: variant.scheme });
      problems.push(...(await scan(`${name}-${variant.scheme}-${variant.width}`)));
    }
    await page.emulateMedia({ colorScheme: "light" });
    problems.push(...(await checkLanguages(page, testInfo, name, scan)));
  } finally {
    if (original !== null) {
      await page.setViewportSize(original);
    }
    await page.emulateMedia({ colorScheme: "light" });
  }
  expect(problems, `axe found violations on ${name}`).toEqual([]);
}

/** Lets layout, transitions and the theme switch finish before anything is measured. */
async function settle(page: Page): Promise<void> {
  // From the top, so the sticky header is drawn where it belongs in a full-page capture.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
      }),
  );
}
