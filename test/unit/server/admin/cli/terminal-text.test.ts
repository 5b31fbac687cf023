import { describe, expect, it } from "vitest";
import { escapeForTerminal } from "../../../../../server/admin/cli/terminal-text.ts";

describe("text the admin CLI prints", () => {
  it("stays as it is when it is plain, tabs and line breaks included", () => {
    expect(escapeForTerminal("Ada Lovelace\tada@example.com\nÉtienne 🚀")).toBe(
      "Ada Lovelace\tada@example.com\nÉtienne 🚀",
    );
  });

  it("shows escape sequences, C1 controls and carriage returns as visible escapes", () => {
    expect(escapeForTerminal("\u001b]0;pwned\u0007name")).toBe("\\u{001b}]0;pwned\\u{0007}name");
    expect(escapeForTerminal("\u009b2J")).toBe("\\u{009b}2J");
    expect(escapeForTerminal("safe\rhidden")).toBe("safe\\u{000d}hidden");
  });

  it("shows bidirectional overrides, line separators and lone surrogates instead of obeying them", () => {
    expect(escapeForTerminal("invoice\u202egpj.exe")).toBe("invoice\\u{202e}gpj.exe");
    expect(escapeForTerminal("a\u2028b\u2066c")).toBe("a\\u{2028}b\\u{2066}c");
    expect(escapeForTerminal("x\ud800y")).toBe("x\\u{d800}y");
  });
});
