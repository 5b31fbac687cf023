// Which language the server speaks to a person (docs/design.md §10): their own choice, else the
// organization's default (the `language` policy). Pages answering a browser may weigh its
// Accept-Language too (acceptedLocale).
import { matchLocale, type Locale } from "../../locales/locales.ts";
import { createServerText, type ServerText } from "../lib/server-text.ts";
import type { Db } from "../storage/database.ts";
import { readPolicy } from "./policy-store.ts";

export async function organizationLocale(db: Db): Promise<Locale> {
  return (await readPolicy(db, "language")).defaultLocale;
}

/** The words for mail to `user`: their language, or the organization's. */
export async function textFor(db: Db, user: { locale: Locale | null }): Promise<ServerText> {
  return createServerText(user.locale ?? (await organizationLocale(db)));
}

/** The languages of an Accept-Language header, best first (RFC 9110 §12.5.4 q-values). */
export function acceptedLanguages(header: string | undefined): string[] {
  if (header === undefined) {
    return [];
  }
  return header
    .split(",")
    .slice(0, 20)
    .map((part, index) => {
      const [tag = "", ...parameters] = part.trim().split(";");
      const q = parameters.map((p) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter(({ tag, q }) => tag !== "" && tag !== "*" && q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map(({ tag }) => tag);
}

/** A page's language: the user's choice if known, else the browser's, else the organization's. */
export async function pageLocale(
  db: Db,
  options: { userLocale?: Locale | null; acceptLanguage?: string | undefined },
): Promise<Locale> {
  return (
    options.userLocale ??
    matchLocale(acceptedLanguages(options.acceptLanguage)) ??
    (await organizationLocale(db))
  );
}
