// How every message in Gatehouse is written: an id, the English text in ICU MessageFormat and a
// note for translators. `npm run i18n:extract` (@formatjs/cli) finds these calls by name in the
// portal, the server and the desktop app alike; the portal's build strips the English text,
// which comes from the catalogue chunk instead (docs/i18n.md).

export type Message = {
  readonly id: string;
  readonly defaultMessage: string;
  /** What the translator needs to know: where it shows, what each {argument} is. */
  readonly description: string;
};

export function defineMessages<const T extends Record<string, Message>>(
  messages: T,
): { readonly [K in keyof T]: Message } {
  return messages;
}
