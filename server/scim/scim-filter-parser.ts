// The SCIM filter grammar of RFC 7644 §3.4.2.2 (and the PATCH path of §3.5.2), parsed by recursive
// descent into a small tree: precedence "not" > "and" > "or", operators and keywords in any case,
// compValue a JSON literal. Anything outside the grammar or past the limits is `invalidFilter`.
import { invalidFilter } from "./scim-error.ts";

export const compareOperators = ["eq", "ne", "co", "sw", "ew", "gt", "lt", "ge", "le"] as const;
export type CompareOperator = (typeof compareOperators)[number];

/** `[schemaUrn:]attribute[.subAttribute]`, names lower-cased (they are case-insensitive). */
export type AttributePath = { schema?: string; attribute: string; subAttribute?: string };

export type ScimFilter =
  | { op: "and" | "or"; left: ScimFilter; right: ScimFilter }
  | { op: "not"; filter: ScimFilter }
  | { op: "pr"; path: AttributePath }
  | { op: CompareOperator; path: AttributePath; value: string | number | boolean | null }
  | { op: "[]"; path: AttributePath; filter: ScimFilter };

type Token = { kind: "word" | "string" | "(" | ")" | "[" | "]"; text: string };

const maxTokens = 200;
const maxDepth = 16;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const character = text.charAt(at);
    if (character === " ") {
      at += 1;
    } else if ("()[]".includes(character)) {
      tokens.push({ kind: character as Token["kind"], text: character });
      at += 1;
    } else if (character === '"') {
      const match = /^"(?:[^"\\]|\\.)*"/u.exec(text.slice(at));
      if (match === null) {
        throw invalidFilter("A string in the filter is not closed.");
      }
      tokens.push({ kind: "string", text: match[0] });
      at += match[0].length;
    } else {
      const match = /^[A-Za-z0-9_:.$+-]+/.exec(text.slice(at));
      if (match === null) {
        throw invalidFilter(`The filter has an unexpected character at position ${at + 1}.`);
      }
      tokens.push({ kind: "word", text: match[0] });
      at += match[0].length;
    }
    if (tokens.length > maxTokens) {
      throw invalidFilter(`The filter is longer than ${maxTokens} terms.`);
    }
  }
  return tokens;
}

/** Reads `urn:…:User:name.givenName`, `emails.value` or `active`; refuses anything else. */
export function parseAttributePath(text: string): AttributePath {
  let schema: string | undefined;
  let rest = text;
  if (/^urn:/i.test(text)) {
    const cut = text.lastIndexOf(":");
    schema = text.slice(0, cut).toLowerCase();
    rest = text.slice(cut + 1);
  }
  const match = /^([A-Za-z][A-Za-z0-9_$-]*)(?:\.([A-Za-z][A-Za-z0-9_$-]*))?$/.exec(rest);
  if (match === null) {
    throw invalidFilter(`"${text.slice(0, 100)}" is not an attribute path.`);
  }
  return {
    ...(schema === undefined ? {} : { schema }),
    attribute: (match[1] ?? "").toLowerCase(),
    ...(match[2] === undefined ? {} : { subAttribute: match[2].toLowerCase() }),
  };
}

class Parser {
  private at = 0;
  private readonly tokens: Token[];

  constructor(tokens: Token[]) {
    this.tokens = tokens;
  }

  peek(): Token | undefined {
    return this.tokens[this.at];
  }

  next(): Token {
    const token = this.tokens[this.at];
    if (token === undefined) {
      throw invalidFilter("The filter ends too early.");
    }
    this.at += 1;
    return token;
  }

  expect(kind: Token["kind"]): void {
    if (this.next().kind !== kind) {
      throw invalidFilter(`The filter expects "${kind}" here.`);
    }
  }

  done(): boolean {
    return this.at >= this.tokens.length;
  }

  private keyword(word: string): boolean {
    const token = this.peek();
    if (token?.kind === "word" && token.text.toLowerCase() === word) {
      this.at += 1;
      return true;
    }
    return false;
  }

  or(depth: number): ScimFilter {
    let left = this.and(depth);
    while (this.keyword("or")) {
      left = { op: "or", left, right: this.and(depth) };
    }
    return left;
  }

  and(depth: number): ScimFilter {
    let left = this.unary(depth);
    while (this.keyword("and")) {
      left = { op: "and", left, right: this.unary(depth) };
    }
    return left;
  }

  unary(depth: number): ScimFilter {
    if (depth > maxDepth) {
      throw invalidFilter(`The filter nests deeper than ${maxDepth} levels.`);
    }
    if (this.keyword("not")) {
      this.expect("(");
      const filter = this.or(depth + 1);
      this.expect(")");
      return { op: "not", filter };
    }
    if (this.peek()?.kind === "(") {
      this.next();
      const filter = this.or(depth + 1);
      this.expect(")");
      return filter;
    }
    return this.attributeExpression(depth);
  }

  attributeExpression(depth: number): ScimFilter {
    const token = this.next();
    if (token.kind !== "word") {
      throw invalidFilter("The filter expects an attribute name here.");
    }
    const path = parseAttributePath(token.text);
    if (this.peek()?.kind === "[") {
      this.next();
      if (path.subAttribute !== undefined) {
        throw invalidFilter("A value filter goes right after a multi-valued attribute.");
      }
      const filter = this.or(depth + 1);
      this.expect("]");
      return { op: "[]", path, filter };
    }
    const operator = this.next();
    const name = operator.text.toLowerCase();
    if (operator.kind === "word" && name === "pr") {
      return { op: "pr", path };
    }
    if (operator.kind !== "word" || !(compareOperators as readonly string[]).includes(name)) {
      throw invalidFilter(`"${operator.text.slice(0, 20)}" is not a filter operator.`);
    }
    return { op: name as CompareOperator, path, value: literal(this.next()) };
  }
}

/** compValue = false / null / true / number / string (RFC 7644 §3.4.2.2). */
function literal(token: Token): string | number | boolean | null {
  if (token.kind === "string") {
    return JSON.parse(token.text) as string;
  }
  const word = token.text.toLowerCase();
  if (token.kind === "word" && /^-?(0|[1-9][0-9]*)(\.[0-9]+)?(e[+-]?[0-9]+)?$/.test(word)) {
    return Number(word);
  }
  if (word === "true" || word === "false") {
    return word === "true";
  }
  if (word === "null") {
    return null;
  }
  throw invalidFilter(`"${token.text.slice(0, 20)}" is not a value: quote strings.`);
}

export function parseFilter(text: string): ScimFilter {
  const parser = new Parser(tokenize(text));
  if (parser.done()) {
    throw invalidFilter("The filter is empty.");
  }
  const filter = parser.or(0);
  if (!parser.done()) {
    throw invalidFilter("The filter has more after its end.");
  }
  return filter;
}

/** A PATCH path (RFC 7644 §3.5.2): attrPath, or valuePath with an optional `.subAttribute`. */
export type PatchPath = { path: AttributePath; filter?: ScimFilter; subAttribute?: string };

export function parsePatchPath(text: string): PatchPath {
  const tokens = tokenize(text);
  const first = tokens[0];
  if (first?.kind !== "word") {
    throw invalidFilter("The path must start with an attribute name.");
  }
  const path = parseAttributePath(first.text);
  if (tokens.length === 1) {
    return { path };
  }
  const parser = new Parser(tokens.slice(1));
  parser.expect("[");
  const filter = parser.or(1);
  parser.expect("]");
  let subAttribute: string | undefined;
  if (!parser.done()) {
    const tail = parser.next();
    if (tail.kind !== "word" || !/^\.[A-Za-z][A-Za-z0-9_$-]*$/.test(tail.text) || !parser.done()) {
      throw invalidFilter("After a value filter, only `.subAttribute` may follow.");
    }
    subAttribute = tail.text.slice(1).toLowerCase();
  }
  if (path.subAttribute !== undefined) {
    throw invalidFilter("A value filter goes right after a multi-valued attribute.");
  }
  return { path, filter, ...(subAttribute === undefined ? {} : { subAttribute }) };
}
