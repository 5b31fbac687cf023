// The message catalogues (locales/<locale>.json) as the build and the tests read them: which
// messages belong to which part of Gatehouse, and the portal's share compiled to the ICU AST
// react-intl formats without a parser in the browser (docs/design.md §10).
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { supportedLocales, type Locale } from "../../locales/locales.ts";

/** One entry as @formatjs/cli extracts it and translators edit it. */
export type CatalogueEntry = { defaultMessage: string; description?: string };
export type Catalogue = Record<string, CatalogueEntry>;

export const cataloguesDirectory = path.join(import.meta.dirname, "..", "..", "locales");

export function readCatalogue(locale: Locale, directory = cataloguesDirectory): Catalogue {
  return JSON.parse(readFileSync(path.join(directory, `${locale}.json`), "utf8")) as Catalogue;
}

export function readAllCatalogues(directory = cataloguesDirectory): Record<Locale, Catalogue> {
  return Object.fromEntries(
    supportedLocales.map((locale) => [locale, readCatalogue(locale, directory)]),
  ) as Record<Locale, Catalogue>;
}

/**
 * Which runtime shows a message, by its id's first segment: `server.` (mails, launch and error
 * pages), `desktop.` (the desktop app's own pages, tray and notifications); everything else is
 * the portal's, which loads only its own share.
 */
export function surfaceOf(id: string): "server" | "desktop" | "portal" {
  return id.startsWith("server.") ? "server" : id.startsWith("desktop.") ? "desktop" : "portal";
}

/** The portal's messages, parsed: what one locale's on-demand chunk holds. */
export function compilePortalMessages(
  catalogue: Catalogue,
): Record<string, MessageFormatElement[]> {
  return Object.fromEntries(
    Object.entries(catalogue)
      .filter(([id]) => surfaceOf(id) === "portal")
      .map(([id, entry]) => [id, parse(entry.defaultMessage)]),
  );
}
