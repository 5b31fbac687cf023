// Reading Accept-Language: best first by q-value, nothing but shipped locales chosen from it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isLocale } from "../../../../locales/locales.ts";
import { acceptedLanguages, browserLocale } from "../../../../server/lib/accept-language.ts";

describe("Accept-Language", () => {
  it("orders the languages by q-value, keeping the browser's order among equals", () => {
    expect(acceptedLanguages("fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5")).toEqual([
      "fr-CH",
      "fr",
      "en",
      "de",
    ]);
    expect(acceptedLanguages("de;q=0.1, ar")).toEqual(["ar", "de"]);
    expect(acceptedLanguages("de;q=0, en")).toEqual(["en"]);
    expect(acceptedLanguages(undefined)).toEqual([]);
  });

  it("picks the first shipped locale, or none", () => {
    expect(browserLocale("fr-FR, de-AT;q=0.8, ar;q=0.9")).toBe("ar");
    expect(browserLocale("ja, zh")).toBeUndefined();
  });

  it("never fails and never picks anything but a shipped locale, whatever the header", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (header) => {
        const picked = browserLocale(header);
        expect(picked === undefined || isLocale(picked)).toBe(true);
      }),
    );
  });
});
