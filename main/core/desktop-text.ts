// The desktop app's language and its words in it (docs/design.md §10): the language the portal
// shows (it tells the app over the bridge), else the first of the OS's preferred languages that
// Gatehouse ships, else English. Messages come from locales/*.json through intl-messageformat.
import IntlMessageFormat, { type FormatXMLElementFn, type PrimitiveType } from "intl-messageformat";
import ar from "../../locales/ar.json" with { type: "json" };
import de from "../../locales/de.json" with { type: "json" };
import en from "../../locales/en.json" with { type: "json" };
import type { Message } from "../../locales/define-messages.ts";
import { isLocale, matchLocale, sourceLocale, type Locale } from "../../locales/locales.ts";

type Catalogue = Record<string, { defaultMessage: string } | undefined>;
const catalogues: Record<Locale, Catalogue> = { en, de, ar };

type Values = Record<string, PrimitiveType | FormatXMLElementFn<string, string>>;

/** Formats one message in the app's current language; values fill its {arguments}. */
export type DesktopText = {
  locale: Locale;
  (message: Message, values?: Values): string;
};

export function chooseDesktopLocale(
  portalLocale: string | undefined,
  systemLanguages: readonly string[],
): Locale {
  if (isLocale(portalLocale)) {
    return portalLocale;
  }
  return matchLocale(systemLanguages) ?? sourceLocale;
}

export function createDesktopText(locale: Locale): DesktopText {
  const formats = new Map<string, IntlMessageFormat>();
  const text = (message: Message, values?: Values): string => {
    let format = formats.get(message.id);
    if (format === undefined) {
      // A message missing from a catalogue (a newer build's) falls back to the English source.
      const source = catalogues[locale][message.id]?.defaultMessage ?? message.defaultMessage;
      format = new IntlMessageFormat(source, locale);
      formats.set(message.id, format);
    }
    const formatted = format.format<string>(values);
    return Array.isArray(formatted) ? formatted.join("") : String(formatted);
  };
  return Object.assign(text, { locale });
}
