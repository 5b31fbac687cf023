// Evaluates a parsed SCIM filter (scim-filter-parser.ts) against a resource, by the rules of
// RFC 7644 §3.4.2.2: a multi-valued attribute matches when any value does, strings compare
// without case unless the attribute is caseExact, dates as instants, booleans only for
// equality. A path to an attribute the schema does not have is refused, not treated as absent.
import {
  complex,
  findAttribute,
  keyOf,
  text,
  type AttributeDefinition,
} from "./scim-attributes.ts";
import { invalidFilter } from "./scim-error.ts";
import type { AttributePath, ScimFilter } from "./scim-filter-parser.ts";

/**
 * Where attributes are looked up: one entry per schema of the resource, with the attributes its
 * schema defines that are not kept (they have no value on any resource).
 */
export type SchemaParts = readonly {
  urn: string;
  attributes: readonly AttributeDefinition[];
  unkept?: readonly string[];
}[];

/** An attribute the schema defines but nothing keeps: any sub-attribute, never a value. */
function unkeptAttribute(name: string): AttributeDefinition {
  const any = ["value", "type", "primary", "display"].map((sub) => text(sub, sub));
  return complex(name, "Not kept", any, { multiValued: true });
}

/** Every resource's `schemas` (RFC 7643 §3), filterable like an attribute. */
const schemasAttribute = text("schemas", "The resource's schema URNs", {
  caseExact: true,
  multiValued: true,
});

type Scalar = string | number | boolean | null;
type Resolved = { definition: AttributeDefinition; values: unknown[] };

export function matchesFilter(
  filter: ScimFilter,
  resource: Record<string, unknown>,
  parts: SchemaParts,
): boolean {
  switch (filter.op) {
    case "and":
      return (
        matchesFilter(filter.left, resource, parts) && matchesFilter(filter.right, resource, parts)
      );
    case "or":
      return (
        matchesFilter(filter.left, resource, parts) || matchesFilter(filter.right, resource, parts)
      );
    case "not":
      return !matchesFilter(filter.filter, resource, parts);
    case "[]": {
      const { definition, values } = valuesAt(filter.path, resource, parts);
      if (definition.type !== "complex" || !definition.multiValued) {
        throw invalidFilter(`${definition.name} is not a multi-valued complex attribute.`);
      }
      const inner = [{ urn: "", attributes: definition.subAttributes ?? [] }];
      return values.some((value) => isObject(value) && matchesFilter(filter.filter, value, inner));
    }
    case "pr":
      return resolve(filter.path, resource, parts).values.some(
        (value) => value !== null && value !== "" && !(Array.isArray(value) && value.length === 0),
      );
    default: {
      const { definition, values } = resolve(filter.path, resource, parts);
      const present = values.filter((value) => value !== null && value !== undefined);
      if (filter.value === null) {
        return filter.op === "eq" ? present.length === 0 : present.length > 0;
      }
      return present.some((value) => compare(filter.op, definition, value, filter.value));
    }
  }
}

/**
 * Refuses a filter naming an attribute this service provider lacks, or comparing one the wrong
 * way, before any resource is read: an empty result must never hide a mistake in the filter.
 */
export function checkFilter(filter: ScimFilter, parts: SchemaParts): void {
  switch (filter.op) {
    case "and":
    case "or":
      checkFilter(filter.left, parts);
      checkFilter(filter.right, parts);
      return;
    case "not":
      checkFilter(filter.filter, parts);
      return;
    case "[]": {
      const { definition } = valuesAt(filter.path, {}, parts);
      if (definition.type !== "complex" || !definition.multiValued) {
        throw invalidFilter(`${definition.name} is not a multi-valued complex attribute.`);
      }
      checkFilter(filter.filter, [{ urn: "", attributes: definition.subAttributes ?? [] }]);
      return;
    }
    case "pr":
      resolve(filter.path, {}, parts);
      return;
    default: {
      const { definition } = resolve(filter.path, {}, parts);
      if (filter.value !== null) {
        compare(filter.op, definition, definition.type === "boolean" ? true : "", filter.value);
      }
    }
  }
}

/** The attribute a path names, and its values in `resource` (one per element if multi-valued). */
export function valuesAt(
  path: AttributePath,
  resource: Record<string, unknown>,
  parts: SchemaParts,
): Resolved {
  const part =
    path.schema === undefined
      ? parts[0]
      : parts.find((candidate) => candidate.urn.toLowerCase() === path.schema);
  const definition =
    part === undefined ? undefined : findAttribute(part.attributes, path.attribute);
  if (part !== undefined && part === parts[0] && part.urn !== "" && path.attribute === "schemas") {
    const schemas = resource.schemas;
    return { definition: schemasAttribute, values: Array.isArray(schemas) ? schemas : [] };
  }
  if (part !== undefined && definition === undefined && isUnkept(part.unkept, path.attribute)) {
    return { definition: unkeptAttribute(path.attribute), values: [] };
  }
  if (part === undefined || definition === undefined) {
    throw invalidFilter(`${describe(path)} is not an attribute this service provider filters on.`);
  }
  const container = part === parts[0] ? resource : containerOf(resource, part.urn);
  const key = keyOf(container, definition.name);
  const raw = key === undefined ? undefined : container[key];
  return { definition, values: raw === undefined ? [] : Array.isArray(raw) ? raw : [raw] };
}

/** The attribute the path names and its values in `resource` (sub-attribute values flattened). */
export function resolve(
  path: AttributePath,
  resource: Record<string, unknown>,
  parts: SchemaParts,
): Resolved {
  const { definition, values } = valuesAt(path, resource, parts);
  if (path.subAttribute === undefined) {
    if (definition.type === "complex" && !definition.multiValued) {
      throw invalidFilter(
        `Name a sub-attribute of ${definition.name}, e.g. ${definition.name}.${definition.subAttributes?.[0]?.name ?? "value"}.`,
      );
    }
    // A multi-valued complex attribute compares by its "value" (RFC 7643 §2.4).
    const compared =
      definition.type === "complex"
        ? findAttribute(definition.subAttributes ?? [], "value")
        : definition;
    if (compared === undefined) {
      throw invalidFilter(`Name a sub-attribute of ${definition.name}.`);
    }
    return {
      definition: compared,
      values: values.map((value): unknown => (isObject(value) ? value.value : value)),
    };
  }
  const sub = findAttribute(definition.subAttributes ?? [], path.subAttribute);
  if (sub === undefined) {
    throw invalidFilter(`${describe(path)} is not an attribute this service provider filters on.`);
  }
  return {
    definition: sub,
    values: values.map((value) =>
      isObject(value) ? value[keyOf(value, sub.name) ?? sub.name] : undefined,
    ),
  };
}

function compare(
  op: string,
  definition: AttributeDefinition,
  actual: unknown,
  expected: Scalar,
): boolean {
  if (definition.type === "boolean") {
    if (typeof expected !== "boolean" || (op !== "eq" && op !== "ne")) {
      throw invalidFilter(`${definition.name} is true or false: compare it with eq or ne.`);
    }
    return op === "eq" ? actual === expected : actual !== expected;
  }
  if (typeof expected !== "string") {
    throw invalidFilter(`${definition.name} is compared with a quoted string.`);
  }
  if (typeof actual !== "string") {
    return false;
  }
  if (definition.type === "dateTime") {
    const [a, b] = [Date.parse(actual), Date.parse(expected)];
    if (Number.isNaN(b)) {
      throw invalidFilter(`"${expected.slice(0, 40)}" is not a date and time.`);
    }
    return ordered(op, a, b, actual, expected);
  }
  const fold = (value: string) => (definition.caseExact ? value : value.toLowerCase());
  return ordered(op, fold(actual), fold(expected), fold(actual), fold(expected));
}

function ordered<T extends string | number>(
  op: string,
  a: T,
  b: T,
  text: string,
  sought: string,
): boolean {
  switch (op) {
    case "eq":
      return a === b;
    case "ne":
      return a !== b;
    case "co":
      return text.includes(sought);
    case "sw":
      return text.startsWith(sought);
    case "ew":
      return text.endsWith(sought);
    case "gt":
      return a > b;
    case "ge":
      return a >= b;
    case "lt":
      return a < b;
    default:
      return a <= b;
  }
}

function containerOf(resource: Record<string, unknown>, urn: string): Record<string, unknown> {
  const key = keyOf(resource, urn);
  const value = key === undefined ? undefined : resource[key];
  return isObject(value) ? value : {};
}

export function isUnkept(unkept: readonly string[] | undefined, name: string): boolean {
  return (unkept ?? []).some((candidate) => candidate.toLowerCase() === name.toLowerCase());
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describe(path: AttributePath): string {
  const name =
    path.subAttribute === undefined ? path.attribute : `${path.attribute}.${path.subAttribute}`;
  return path.schema === undefined ? name : `${path.schema}:${name}`;
}
