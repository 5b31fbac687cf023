// The message catalogues translators work on (locales/*.json): complete in every shipped locale,
// every message valid ICU with the English arguments, plurals by each language's own rules, and
// the English catalogue exactly what @formatjs/cli extracts from the code today.
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { isStructurallySame } from "@formatjs/icu-messageformat-parser/manipulator.js";
import { Value } from "typebox/value";
import { describe, expect, it } from "vitest";
import { supportedLocales, sourceLocale } from "../../../locales/locales.ts";
import { readAllCatalogues } from "../../../scripts/i18n/catalogue.ts";
import { extractSourceCatalogue } from "../../../scripts/i18n/extract.ts";
import { LanguagePolicy } from "../../../server/schemas/policies.ts";
import { LocaleCode } from "../../../server/schemas/locale.ts";

const catalogues = readAllCatalogues();
const source = catalogues[sourceLocale];
const translations = supportedLocales.filter((locale) => locale !== sourceLocale);

describe("the message catalogues", () => {
  it("hold exactly what the code says today (run `npm run i18n:extract` after changing a message)", () => {
    expect(extractSourceCatalogue()).toEqual(source);
  });

  it("give every English message a description for translators", () => {
    const undescribed = Object.entries(source)
      .filter(([, entry]) => (entry.description ?? "").trim().length < 3)
      .map(([id]) => id);
    expect(undescribed).toEqual([]);
  });

  it.each(translations)("%s has every message, and no message the code no longer has", (locale) => {
    const ids = Object.keys(catalogues[locale]).sort();
    expect(ids).toEqual(Object.keys(source).sort());
  });

  it.each(translations)(
    "%s carries the English descriptions, so translators see the context",
    (locale) => {
      const stale = Object.entries(catalogues[locale])
        .filter(([id, entry]) => entry.description !== source[id]?.description)
        .map(([id]) => id);
      expect(stale).toEqual([]);
    },
  );

  it.each(supportedLocales)("every %s message parses as ICU MessageFormat", (locale) => {
    const broken = Object.entries(catalogues[locale]).flatMap(([id, entry]) => {
      try {
        parse(entry.defaultMessage);
        return [];
      } catch (error) {
        return [`${id}: ${(error as Error).message}`];
      }
    });
    expect(broken).toEqual([]);
  });

  it.each(translations)(
    "%s messages take the same arguments, of the same kinds, as English",
    (locale) => {
      const different = Object.entries(catalogues[locale]).flatMap(([id, entry]) => {
        const english = source[id];
        if (english === undefined) {
          return [];
        }
        const same = isStructurallySame(parse(english.defaultMessage), parse(entry.defaultMessage));
        return same.success ? [] : [`${id}: ${same.error?.message ?? "differs"}`];
      });
      expect(different).toEqual([]);
    },
  );

  it.each(translations)(
    "%s messages choose among the same cases as English (a renamed case is renamed everywhere)",
    (locale) => {
      const different = Object.entries(catalogues[locale]).flatMap(([id, entry]) => {
        const english = selectsOf(parse(source[id]?.defaultMessage ?? ""));
        const translated = selectsOf(parse(entry.defaultMessage));
        return JSON.stringify(translated) === JSON.stringify(english)
          ? []
          : [`${id}: ${JSON.stringify(translated)} where English has ${JSON.stringify(english)}`];
      });
      expect(different).toEqual([]);
    },
  );

  it.each(supportedLocales)(
    "every plural in %s names each of the language's plural forms",
    (locale) => {
      const forms = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      const incomplete = Object.entries(catalogues[locale]).flatMap(([id, entry]) =>
        pluralsOf(parse(entry.defaultMessage))
          .filter((options) => forms.some((form) => !options.includes(form)))
          .map(
            (options) => `${id}: has ${options.join(", ")}; ${locale} needs ${forms.join(", ")}`,
          ),
      );
      expect(incomplete).toEqual([]);
    },
  );

  it("keep the locale lists of the server's schemas and the shared list equal", () => {
    for (const locale of supportedLocales) {
      expect(Value.Check(LocaleCode, locale), locale).toBe(true);
      expect(Value.Check(LanguagePolicy, { defaultLocale: locale }), locale).toBe(true);
    }
    for (const other of ["fr", "en-US", "EN", "", "en-XA"]) {
      expect(Value.Check(LocaleCode, other), other).toBe(false);
    }
  });
});

/** The option keys of every plural in a message, nested ones included. */
function pluralsOf(elements: MessageFormatElement[]): string[][] {
  return elements.flatMap((element) => {
    if (element.type === TYPE.plural) {
      return [
        Object.keys(element.options).filter((key) => !key.startsWith("=")),
        ...Object.values(element.options).flatMap((option) => pluralsOf(option.value)),
      ];
    }
    if (element.type === TYPE.select) {
      return Object.values(element.options).flatMap((option) => pluralsOf(option.value));
    }
    return element.type === TYPE.tag ? pluralsOf(element.children) : [];
  });
}

/** Every select's argument with its case names, nested ones included, in a stable order. */
function selectsOf(elements: MessageFormatElement[]): string[] {
  return elements
    .flatMap((element): string[] => {
      if (element.type === TYPE.select) {
        const cases = Object.keys(element.options).sort();
        return [
          `${element.value}: ${cases.join(" ")}`,
          ...Object.values(element.options).flatMap((option) => selectsOf(option.value)),
        ];
      }
      if (element.type === TYPE.plural) {
        return Object.values(element.options).flatMap((option) => selectsOf(option.value));
      }
      return element.type === TYPE.tag ? selectsOf(element.children) : [];
    })
    .sort();
}
