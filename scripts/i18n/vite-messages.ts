// Vite plugin: `import("virtual:gatehouse-messages/de")` is the portal's share of
// locales/de.json compiled to ICU AST, so each locale is its own chunk, fetched only when that
// language is shown, and the browser never needs the ICU parser (docs/design.md §10).
import path from "node:path";
import type { Plugin } from "vite";
import { isLocale, pseudoLocale, sourceLocale } from "../../locales/locales.ts";
import { cataloguesDirectory, compilePortalMessages, readCatalogue } from "./catalogue.ts";
import { pseudoLocalizeMessage } from "./pseudo-locale.ts";

const prefix = "virtual:gatehouse-messages/";

export function portalMessages(): Plugin {
  return {
    name: "gatehouse-messages",
    resolveId(id) {
      return id.startsWith(prefix) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${prefix}`)) {
        return undefined;
      }
      const locale = id.slice(prefix.length + 1);
      const source = locale === pseudoLocale ? sourceLocale : locale;
      if (!isLocale(source)) {
        this.error(`No catalogue for the locale "${locale}" (locales/ has en, de and ar).`);
      }
      this.addWatchFile(path.join(cataloguesDirectory, `${source}.json`));
      const compiled = compilePortalMessages(readCatalogue(source));
      const messages =
        locale === pseudoLocale
          ? Object.fromEntries(
              Object.entries(compiled).map(([key, ast]) => [key, pseudoLocalizeMessage(ast)]),
            )
          : compiled;
      // JSON.parse of a string literal is faster for browsers than an object literal this size.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(messages))});`;
    },
  };
}
