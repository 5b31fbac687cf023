// The pseudo-locale the end-to-end suite shows every screen in: recognizably ours, longer, and
// still a valid message with the same arguments.
import { parse } from "@formatjs/icu-messageformat-parser";
import { isStructurallySame } from "@formatjs/icu-messageformat-parser/manipulator.js";
import IntlMessageFormat from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { readCatalogue } from "../../../scripts/i18n/catalogue.ts";
import {
  pseudoClose,
  pseudoLocalizeMessage,
  pseudoLocalizeText,
  pseudoOpen,
} from "../../../scripts/i18n/pseudo-locale.ts";

describe("the pseudo-locale", () => {
  it("accents every letter and makes text about a third longer", () => {
    expect(pseudoLocalizeText("Sign in")).toBe("Šîîĝñ îîñ");
    const english = "Your account is locked after too many failed sign-in attempts.";
    expect(pseudoLocalizeText(english).length).toBeGreaterThan(english.length * 1.25);
    expect(pseudoLocalizeText(english)).not.toMatch(/[a-z]/i);
  });

  it("keeps every message's arguments, plurals and tags, and brackets it", () => {
    for (const [id, entry] of Object.entries(readCatalogue("en"))) {
      const ast = parse(entry.defaultMessage);
      const pseudo = pseudoLocalizeMessage(ast);
      expect(isStructurallySame(ast, pseudo).success, id).toBe(true);
    }
    const message = new IntlMessageFormat(
      pseudoLocalizeMessage(parse("{count, plural, one {# app} other {# apps}} for <b>{name}</b>")),
      "en",
    );
    expect(message.format({ count: 2, name: "Alex", b: (text: string[]) => text.join("") })).toBe(
      `${pseudoOpen}2 ááþþš ƒööŕ Alex${pseudoClose}`,
    );
  });
});
