// Which language a list of preferred languages picks, and which way it is written.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  isLocale,
  matchLocale,
  supportedLocales,
  textDirection,
} from "../../../locales/locales.ts";

describe("choosing a shipped language", () => {
  it("takes the first preferred language Gatehouse ships, by language", () => {
    expect(matchLocale(["de-AT", "en-US"])).toBe("de");
    expect(matchLocale(["fr-FR", "ar-EG", "de"])).toBe("ar");
    expect(matchLocale(["EN-gb"])).toBe("en");
    expect(matchLocale(["zh-Hant-TW", "fr"])).toBeUndefined();
    expect(matchLocale([])).toBeUndefined();
  });

  it("skips tags that are not language tags instead of failing", () => {
    expect(matchLocale(["*", "", "not a tag", "de;q=0.8", "de"])).toBe("de");
  });

  it("never answers with anything but a shipped locale, whatever it is given", () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (tags) => {
        const matched = matchLocale(tags);
        expect(matched === undefined || isLocale(matched)).toBe(true);
      }),
    );
  });

  it("writes Arabic right to left and the others left to right", () => {
    expect(textDirection("ar")).toBe("rtl");
    expect(textDirection("ar-EG")).toBe("rtl");
    expect(supportedLocales.filter((locale) => textDirection(locale) === "rtl")).toEqual(["ar"]);
    expect(textDirection("en-XA")).toBe("ltr");
    expect(textDirection("garbage!")).toBe("ltr");
  });
});
