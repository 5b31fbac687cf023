// Vite plugin: removes the English text (`defaultMessage`) and the translators' notes
// (`description`) written next to each message id in the portal's source, since every message
// reaches the browser from its locale's catalogue chunk (docs/design.md §10). It does what
// FormatJS's bundler plugin does with `removeDefaultMessage`, with the parser Vite already has:
// that plugin pulls in a second native parser whose builds for other platforms the registry
// does not always carry, which broke `npm ci`.
import MagicString from "magic-string";
import { parseSync, Visitor, type Plugin } from "vite";

const sourceFile = /\/renderer\/.*\.tsx?$/;
const strippedKeys = new Set(["defaultMessage", "description"]);

type Span = { start: number; end: number };
type Property = Span & {
  type: string;
  key?: { type: string; name?: string; value?: unknown };
  value?: unknown;
};
type JsxAttribute = Span & { type: string; name?: { type: string; name?: string } };

export function stripMessageDefaults(): Plugin {
  return {
    name: "gatehouse-strip-message-defaults",
    enforce: "pre",
    transform(code, id) {
      const file = id.split("?")[0] ?? id;
      if (!sourceFile.test(file) || !code.includes("defaultMessage")) {
        return undefined;
      }
      const spans = findMessageDefaults(file, code);
      if (spans.length === 0) {
        return undefined;
      }
      const output = new MagicString(code);
      for (const span of spans) {
        output.remove(span.start, span.end);
      }
      return { code: output.toString(), map: output.generateMap({ hires: true, source: file }) };
    },
  };
}

/** The source ranges of every `defaultMessage` and `description` beside a message id. */
export function findMessageDefaults(file: string, code: string): Span[] {
  const parsed = parseSync(file, code);
  if (parsed.errors.length > 0) {
    // Leave the file as it is: the TypeScript transform after this plugin reports the error.
    return [];
  }
  const spans: Span[] = [];
  new Visitor({
    ObjectExpression(node) {
      const properties = node.properties as unknown as Property[];
      if (!properties.some(isMessageId)) {
        return;
      }
      for (const property of properties) {
        if (property.type === "Property" && strippedKeys.has(propertyName(property) ?? "")) {
          spans.push({ start: property.start, end: endWithComma(code, property.end) });
        }
      }
    },
    JSXOpeningElement(node) {
      const name = node.name as { type: string; name?: string };
      if (name.type !== "JSXIdentifier" || name.name !== "FormattedMessage") {
        return;
      }
      for (const attribute of node.attributes as unknown as JsxAttribute[]) {
        const key = attribute.type === "JSXAttribute" ? attribute.name?.name : undefined;
        if (key !== undefined && strippedKeys.has(key)) {
          spans.push({ start: attribute.start, end: attribute.end });
        }
      }
    },
  }).visit(parsed.program);
  return spans;
}

/** A message descriptor is an object whose `id` is a string written in the source. */
function isMessageId(property: Property): boolean {
  const value = property.value as { type?: string; value?: unknown } | undefined;
  return (
    property.type === "Property" &&
    propertyName(property) === "id" &&
    value?.type === "Literal" &&
    typeof value.value === "string"
  );
}

function propertyName(property: Property): string | undefined {
  const key = property.key;
  if (key?.type === "Identifier") {
    return key.name;
  }
  return key?.type === "Literal" && typeof key.value === "string" ? key.value : undefined;
}

/** Extends a removed property over the comma after it, so the object stays well formed. */
function endWithComma(code: string, end: number): number {
  let index = end;
  while (index < code.length && /\s/.test(code[index] ?? "")) {
    index += 1;
  }
  return code[index] === "," ? index + 1 : end;
}
