// `sortBy` and `sortOrder` (RFC 7644 §3.4.2.3): resources in the order of one attribute's value —
// a multi-valued one by its primary value, or else its first — strings without case unless the
// attribute is caseExact, in Unicode code point order with no locale; a resource with no value
// goes last when ascending and first when descending. Ties keep the resources' stored order.
import { keyOf, type AttributeDefinition } from "./scim-attributes.ts";
import { invalidValue, ScimError } from "./scim-error.ts";
import { isObject, resolve, valuesAt, type SchemaParts } from "./scim-filter-evaluate.ts";
import { parseAttributePath, type AttributePath } from "./scim-filter-parser.ts";
import type { ScimResource } from "./scim-user-resource.ts";

export type SortQuery = { sortBy?: string; sortOrder?: string };
export type Sorting = { path: AttributePath; definition: AttributeDefinition; descending: boolean };

/** The sorting a query asks for, checked against the schema; undefined when it asks for none. */
export function sortingOf(query: SortQuery, parts: SchemaParts): Sorting | undefined {
  const order = query.sortOrder?.toLowerCase();
  if (order !== undefined && order !== "ascending" && order !== "descending") {
    throw invalidValue('sortOrder is "ascending" or "descending".');
  }
  if (query.sortBy === undefined) {
    return undefined;
  }
  let path: AttributePath;
  let definition: AttributeDefinition;
  try {
    path = parseAttributePath(query.sortBy);
    definition = resolve(path, {}, parts).definition;
  } catch (error) {
    const detail = error instanceof ScimError ? error.message : "not an attribute";
    throw invalidValue(`sortBy: ${detail}`);
  }
  return { path, definition, descending: order === "descending" };
}

type Key = string | number | undefined;

function keyOfResource(resource: ScimResource, sorting: Sorting, parts: SchemaParts): Key {
  const { path, definition } = sorting;
  const whole = {
    attribute: path.attribute,
    ...(path.schema === undefined ? {} : { schema: path.schema }),
  };
  const { values } = valuesAt(whole, resource, parts);
  const chosen = values.find((value) => isObject(value) && value.primary === true) ?? values[0];
  let value: unknown = chosen;
  if (isObject(chosen)) {
    const sub = path.subAttribute ?? "value";
    value = chosen[keyOf(chosen, sub) ?? sub];
  }
  if (value === null || value === undefined || value === "") {
    return undefined;
  }
  if (typeof value === "boolean") {
    return value ? 1 : 0;
  }
  if (typeof value !== "string") {
    return undefined;
  }
  if (definition.type === "dateTime") {
    return Date.parse(value);
  }
  return definition.caseExact ? value : value.toLowerCase();
}

function compareKeys(a: Key, b: Key): number {
  if (a === b) {
    return 0;
  }
  if (a === undefined) {
    return 1;
  }
  if (b === undefined) {
    return -1;
  }
  if (typeof a === "string" && typeof b === "string") {
    return codePointCompare(a, b);
  }
  return a < b ? -1 : 1;
}

/** Unicode code point order (not UTF-16 code units: a supplementary character sorts after U+FFFF). */
function codePointCompare(a: string, b: string): number {
  const [left, right] = [[...a], [...b]];
  for (let index = 0; index < Math.min(left.length, right.length); index += 1) {
    const difference = (left[index]?.codePointAt(0) ?? 0) - (right[index]?.codePointAt(0) ?? 0);
    if (difference !== 0) {
      return difference;
    }
  }
  return left.length - right.length;
}

export function sortResources(
  resources: ScimResource[],
  sorting: Sorting,
  parts: SchemaParts,
): ScimResource[] {
  const keyed = resources.map((resource) => ({
    resource,
    key: keyOfResource(resource, sorting, parts),
  }));
  keyed.sort((a, b) => {
    const order = compareKeys(a.key, b.key);
    // Descending reverses the values; a resource without one still goes first (RFC 7644 §3.4.2.3).
    return sorting.descending ? -order : order;
  });
  return keyed.map((entry) => entry.resource);
}
