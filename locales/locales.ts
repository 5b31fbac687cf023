// The languages Gatehouse ships and how a list of preferred languages picks one. Shared by the
// portal, the server and the desktop app, so it is pure data and Intl (docs/design.md §10).

/** The shipped locales, in the order the language menu lists them. */
export const supportedLocales = ["en", "de", "ar"] as const;
export type Locale = (typeof supportedLocales)[number];

/** What everything falls back to: the language the messages are written in. */
export const sourceLocale: Locale = "en";

/**
 * The pseudo-locale (accented, lengthened English, RFC 5646's reserved `en-XA`): never offered
 * to users, only used when a browser asks for it exactly, as the end-to-end suite does to find
 * text that bypassed the catalogue or is clipped by its container.
 */
export const pseudoLocale = "en-XA";
export type PortalLocale = Locale | typeof pseudoLocale;

/** Each locale's name in its own language, as a language menu shows it. */
export const localeNames: Record<Locale, string> = {
  en: "English",
  de: "Deutsch",
  ar: "العربية",
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (supportedLocales as readonly string[]).includes(value);
}

/**
 * The first shipped locale among `preferred` (BCP 47 tags, best first, as in navigator.languages,
 * Accept-Language or the OS's list), matched by language: "de-AT" picks "de". Undefined when none
 * matches; malformed tags are skipped.
 */
export function matchLocale(preferred: readonly string[]): Locale | undefined {
  for (const tag of preferred) {
    const language = languageOf(tag);
    if (isLocale(language)) {
      return language;
    }
  }
  return undefined;
}

/** Right-to-left for the scripts that need it; every shipped locale but Arabic is left-to-right. */
export function textDirection(locale: string): "ltr" | "rtl" {
  return ["ar", "fa", "he", "ur"].includes(languageOf(locale) ?? "") ? "rtl" : "ltr";
}

function languageOf(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag.trim()).language;
  } catch {
    return undefined; // not a language tag (e.g. "*" or garbage)
  }
}
