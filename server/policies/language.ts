// Which language the server speaks to a person (docs/design.md §10): their own choice, else the
// organization's default (the `language` policy). Pages answering a browser weigh its
// Accept-Language too (pageLocale).
import type { Locale } from "../../locales/locales.ts";
import { browserLocale } from "../lib/accept-language.ts";
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

/** A page's language: the user's choice if known, else the browser's, else the organization's. */
export async function pageLocale(
  db: Db,
  options: { userLocale?: Locale | null; acceptLanguage?: string | undefined },
): Promise<Locale> {
  return (
    options.userLocale ?? browserLocale(options.acceptLanguage) ?? (await organizationLocale(db))
  );
}
