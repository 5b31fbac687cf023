// The desktop app's language: the portal's when it says one, else the OS's, else English.
import { describe, expect, it } from "vitest";
import { pageMessages, trayMessages } from "../../../../main/core/desktop-messages.ts";
import { chooseDesktopLocale, createDesktopText } from "../../../../main/core/desktop-text.ts";

describe("the desktop app's language", () => {
  it("follows the portal, then the system's preferred languages, then English", () => {
    expect(chooseDesktopLocale("ar", ["de-DE"])).toBe("ar");
    expect(chooseDesktopLocale(undefined, ["fr-FR", "de-CH", "en-US"])).toBe("de");
    expect(chooseDesktopLocale("en-XA", ["ar-SA"])).toBe("ar"); // not a shipped locale
    expect(chooseDesktopLocale(undefined, ["ja-JP"])).toBe("en");
    expect(chooseDesktopLocale(undefined, [])).toBe("en");
  });

  it("says each message from the locale's catalogue, with its arguments", () => {
    expect(createDesktopText("de")(trayMessages.quit)).toBe("Gatehouse beenden");
    expect(createDesktopText("ar")(pageMessages.cannotReachTitle, { host: "p.example" })).toBe(
      "تعذّر الوصول إلى p.example",
    );
    expect(createDesktopText("en")(pageMessages.retryIn, { unit: "seconds", count: 1 })).toContain(
      "in about 1 second,",
    );
  });

  it("uses the language's plural forms", () => {
    const arabic = createDesktopText("ar");
    const minutes = (count: number) => arabic(pageMessages.retryIn, { unit: "minutes", count });
    expect(minutes(1)).toContain("دقيقة واحدة");
    expect(minutes(2)).toContain("دقيقتين");
    expect(minutes(3)).toContain("دقائق");
  });

  it("falls back to the English source for a message no catalogue has yet", () => {
    const unknown = { id: "desktop.test.new", defaultMessage: "Hello {name}", description: "test" };
    expect(createDesktopText("de")(unknown, { name: "Alex" })).toBe("Hello Alex");
  });
});
