// The build leaves no English text or translators' note beside a message id, and nothing else.
import { parseSync } from "vite";
import { describe, expect, it } from "vitest";
import { stripMessageDefaults } from "../../../scripts/i18n/vite-strip-message-defaults.ts";

function strip(code: string, file = "/repo/renderer/features/x/messages.ts"): string {
  const plugin = stripMessageDefaults();
  const transform = plugin.transform as (code: string, id: string) => { code: string } | undefined;
  return transform.call({}, code, file)?.code ?? code;
}

describe("stripping message defaults from the portal's source", () => {
  it("removes defaultMessage and description from every descriptor in defineMessages", () => {
    const source = `import { defineMessages } from "react-intl";
export const m = defineMessages({
  title: { id: "a.title", defaultMessage: "Applications", description: "Page title" },
  description: {
    id: "a.description",
    description: "Under the title",
    defaultMessage: "{count, plural, one {# app} other {# apps}}",
  },
});`;
    const output = strip(source);
    expect(output).not.toContain("Applications");
    expect(output).not.toContain("Page title");
    expect(output).not.toContain("plural");
    expect(output).toContain('id: "a.title"');
    expect(output).toContain('description: {\n    id: "a.description"');
    // Still a module that parses, with both messages.
    expect(parseSync("messages.ts", output).errors).toEqual([]);
    expect(output.match(/id: "a\.(title|description)"/g)).toHaveLength(2);
  });

  it("removes them from FormattedMessage and inline formatMessage descriptors in TSX", () => {
    const source = `export function Hello({ name }: { name: string }) {
  const intl = useIntl();
  const label = intl.formatMessage({ id: "h.label", defaultMessage: "Hi {name}" }, { name });
  return <p aria-label={label}><FormattedMessage id="h.body" defaultMessage="Welcome" description="Body" /></p>;
}`;
    const output = strip(source, "/repo/renderer/app/Hello.tsx");
    expect(output).not.toMatch(/Hi \{name\}|Welcome|"Body"/);
    expect(output).toContain('<FormattedMessage id="h.body"');
    expect(output).toMatch(/formatMessage\(\{ id: "h\.label",\s*\}, \{ name \}\)/);
  });

  it("leaves objects that are not message descriptors alone", () => {
    const source = `const field = { defaultMessage: "kept", description: "kept too" };
const config = { id: someVariable, defaultMessage: "also kept" };`;
    expect(strip(source)).toBe(source);
  });

  it("touches only the portal's source files", () => {
    const source = `const m = { id: "x", defaultMessage: "Server text" };`;
    expect(strip(source, "/repo/server/mail/messages.ts")).toBe(source);
    expect(strip(source)).not.toContain("Server text");
  });
});
