// `npm run i18n:extract`: collects every message from the source with @formatjs/cli into
// locales/en.json, then brings the translations in line with it: each entry takes the current
// description (the translator's context), messages no longer in the source are dropped, and
// the ones still to translate are listed (docs/i18n.md).
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { sourceLocale, supportedLocales } from "../../locales/locales.ts";
import { cataloguesDirectory, readCatalogue, type Catalogue } from "./catalogue.ts";

/** Where messages are written: the portal, the server's mails and pages, the desktop app. */
export const messageSources = ["renderer/**/*.{ts,tsx}", "server/**/*.ts", "main/**/*.ts"];

/** The source catalogue exactly as @formatjs/cli extracts it from the code today. */
export function extractSourceCatalogue(): Catalogue {
  const root = path.join(cataloguesDirectory, "..");
  const output = execFileSync(
    path.join(root, "node_modules", ".bin", "formatjs"),
    ["extract", ...messageSources, "--ignore", "**/*.d.ts", "--preserve-whitespace", "--throws"],
    { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  );
  return JSON.parse(output) as Catalogue;
}

export function writeCatalogue(locale: string, catalogue: Catalogue): void {
  const sorted = Object.fromEntries(
    Object.keys(catalogue)
      .sort()
      .map((id) => [id, catalogue[id]]),
  );
  writeFileSync(
    path.join(cataloguesDirectory, `${locale}.json`),
    `${JSON.stringify(sorted, null, 2)}\n`,
  );
}

/** A translation brought in line with the source: current descriptions, no obsolete ids. */
export function alignTranslation(
  source: Catalogue,
  translation: Catalogue,
): { aligned: Catalogue; missing: string[]; dropped: string[] } {
  const aligned: Catalogue = {};
  const missing: string[] = [];
  for (const [id, entry] of Object.entries(source)) {
    const translated = translation[id];
    if (translated === undefined) {
      missing.push(id);
    } else {
      aligned[id] = { defaultMessage: translated.defaultMessage, description: entry.description };
    }
  }
  const dropped = Object.keys(translation).filter((id) => !(id in source));
  return { aligned, missing, dropped };
}

if (import.meta.main) {
  const source = extractSourceCatalogue();
  writeCatalogue(sourceLocale, source);
  console.log(`locales/${sourceLocale}.json: ${Object.keys(source).length} messages`);
  for (const locale of supportedLocales.filter((each) => each !== sourceLocale)) {
    const { aligned, missing, dropped } = alignTranslation(source, readCatalogue(locale));
    writeCatalogue(locale, aligned);
    console.log(
      `locales/${locale}.json: ${missing.length} to translate${missing.map((id) => `\n  ${id}`).join("")}` +
        (dropped.length === 0
          ? ""
          : `\n  (dropped, no longer in the source: ${dropped.join(", ")})`),
    );
  }
}
