// The server's words in one language (docs/design.md §10): mails and the HTML pages of a launch
// or an error, from locales/*.json (`server.` ids) through intl-messageformat. Which language a
// mail or page uses is decided by its caller (server/policies/language.ts).
import IntlMessageFormat, { type FormatXMLElementFn, type PrimitiveType } from "intl-messageformat";
import ar from "../../locales/ar.json" with { type: "json" };
import de from "../../locales/de.json" with { type: "json" };
import en from "../../locales/en.json" with { type: "json" };
import type { Message } from "../../locales/define-messages.ts";
import type { Locale } from "../../locales/locales.ts";

type Catalogue = Record<string, { defaultMessage: string } | undefined>;
const catalogues: Record<Locale, Catalogue> = { en, de, ar };
type Values = Record<string, PrimitiveType | FormatXMLElementFn<string, string>>;

/** Formats a message in one language; values fill its {arguments}. */
export type ServerText = { locale: Locale; (message: Message, values?: Values): string };

const cache = new Map<string, IntlMessageFormat>();

export function createServerText(locale: Locale): ServerText {
  const text = (message: Message, values?: Values): string => {
    const key = `${locale}\u0000${message.id}`;
    let format = cache.get(key);
    if (format === undefined) {
      // A message a catalogue lacks (a newer build's) falls back to the English source.
      const source = catalogues[locale][message.id]?.defaultMessage ?? message.defaultMessage;
      format = new IntlMessageFormat(source, locale);
      cache.set(key, format);
    }
    const formatted = format.format<string>(values);
    return Array.isArray(formatted) ? formatted.join("") : String(formatted);
  };
  return Object.assign(text, { locale });
}
