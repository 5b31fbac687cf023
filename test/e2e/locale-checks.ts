// Every portal screen the suite reaches is also checked in the other languages (docs/design.md
// §10): German and Arabic (right to left) get a screenshot at 1280 and 390 px and axe at 1280
// (colours and names do not change with the width; the English run scans both), and the
// pseudo-locale en-XA fails the test on any text that did not come from the catalogue and on
// any translated text its container cuts off (dates in <time> are Intl's, not the catalogue's,
// and translate="no" marks the user's own data). The language is switched the way a browser does
// it — navigator.languages changes and `languagechange` fires — so the screen keeps its state.
import { expect, type Page, type TestInfo } from "@playwright/test";

export const screenshotLocales = ["de", "ar"] as const;
const pseudoLocale = "en-XA";
const widths = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;

/** Shows the portal page in `locale` (a browser language list of one) and waits for it. */
export async function showLanguage(page: Page, locale: string): Promise<void> {
  await page.evaluate((tag) => {
    Object.defineProperty(navigator, "languages", { configurable: true, get: () => [tag] });
    window.dispatchEvent(new Event("languagechange"));
  }, locale);
  await expect(page.locator("html"), `the page did not switch to ${locale}`).toHaveAttribute(
    "lang",
    locale,
  );
}

/** Back to the browser's own languages (the context's English). */
export async function restoreLanguage(page: Page): Promise<void> {
  await page.evaluate(() => {
    Reflect.deleteProperty(navigator, "languages");
    window.dispatchEvent(new Event("languagechange"));
  });
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
}

/** Only the portal follows the browser's languages live; the server's own pages do not. */
export async function isPortalPage(page: Page): Promise<boolean> {
  return page.evaluate(() => document.getElementById("root") !== null);
}

/**
 * The pseudo-locale's findings on the page as it is now: text outside ⟦ ⟧ (and outside
 * translate="no", which marks the user's own data), and ⟦ ⟧ text its container clips.
 */
export async function pseudoLocaleProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const isData = (node: Node) =>
      (node instanceof Element ? node : node.parentElement)?.closest('[translate="no"], time') !==
      null;
    const shown = (element: Element) =>
      element.checkVisibility({ checkVisibilityCSS: true }) &&
      element.closest("[hidden], [inert]:not(dialog[open] *)") === null;
    const bracketsRemoved = (text: string) => {
      let rest = text;
      for (let before = ""; before !== rest;) {
        before = rest;
        rest = rest.replace(/⟦[^⟦⟧]*⟧/g, " ");
      }
      return rest;
    };
    const untranslated = (text: string) =>
      (bracketsRemoved(text).match(/[\p{L}][\p{L}'’.-]*/gu) ?? []).join(" ");

    // Running text: the visible text nodes in order, so a message split by its tags rejoins.
    let running = "";
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent === null || ["SCRIPT", "STYLE", "NOSCRIPT"].includes(parent.tagName)) {
        continue;
      }
      running += !shown(parent) ? " " : isData(node) ? " " : (node.textContent ?? "");
    }
    const loose = untranslated(running);
    if (loose !== "") {
      problems.push(`text not from the catalogue: ${loose}`);
    }
    for (const attribute of ["aria-label", "title", "placeholder", "alt"]) {
      for (const element of document.querySelectorAll(`[${attribute}]`)) {
        const value = element.getAttribute(attribute) ?? "";
        if (shown(element) && !isData(element) && untranslated(value) !== "") {
          problems.push(`${attribute}="${value}" on <${element.tagName.toLowerCase()}>`);
        }
      }
    }
    if (untranslated(document.title) !== "") {
      problems.push(`title "${document.title}"`);
    }

    // Clipping: translated text wider than its box where the box hides overflow, or a page
    // that scrolls sideways.
    for (const element of document.body.querySelectorAll("*")) {
      const own = [...element.childNodes].some(
        (child) => child.nodeType === Node.TEXT_NODE && (child.textContent ?? "").includes("⟦"),
      );
      if (!own || !shown(element) || getComputedStyle(element).clipPath !== "none") {
        continue;
      }
      const style = getComputedStyle(element);
      const hides = style.overflowX !== "visible" || style.textOverflow === "ellipsis";
      if (hides && element.scrollWidth > element.clientWidth + 1) {
        problems.push(`clipped: “${(element.textContent ?? "").slice(0, 60)}”`);
      }
    }
    if (document.documentElement.scrollWidth > window.innerWidth + 1) {
      problems.push(
        `the page scrolls sideways (${document.documentElement.scrollWidth} px in ${window.innerWidth} px)`,
      );
    }
    return problems;
  });
}

/**
 * The locale part of a screen check: German and Arabic with axe and screenshots, then the
 * pseudo-locale at both widths; the page is left in English at its original size.
 */
export async function checkLanguages(
  page: Page,
  testInfo: TestInfo,
  name: string,
  scan: (label: string, withAxe: boolean) => Promise<string[]>,
): Promise<string[]> {
  if (!(await isPortalPage(page))) {
    return [];
  }
  const problems: string[] = [];
  try {
    for (const locale of screenshotLocales) {
      await showLanguage(page, locale);
      for (const size of widths) {
        await page.setViewportSize(size);
        problems.push(...(await scan(`${name}-${locale}-${size.width}`, size.width === 1280)));
      }
    }
    await showLanguage(page, pseudoLocale);
    for (const size of widths) {
      await page.setViewportSize(size);
      problems.push(
        ...(await pseudoLocaleProblems(page)).map(
          (line) => `${name}-${pseudoLocale}-${size.width}: ${line}`,
        ),
      );
    }
  } finally {
    await restoreLanguage(page);
  }
  testInfo.annotations.push({ type: "languages", description: `${name}: de, ar, ${pseudoLocale}` });
  return problems;
}
