// The `attributes` and `excludedAttributes` parameters (RFC 7644 §3.4.2.5, §3.9): which attributes
// a returned resource carries. "attributes" keeps only those named (plus what is `returned:
// always`, and `schemas`); "excludedAttributes" drops those named, never one returned always.
// A name is `attr`, `attr.sub`, `urn:…:attr[.sub]`, or an extension's URN for all of it.
import { findAttribute, keyOf } from "./scim-attributes.ts";
import { invalidValue } from "./scim-error.ts";
import type { SchemaParts } from "./scim-filter-evaluate.ts";
import { isObject } from "./scim-filter-evaluate.ts";
import { parseAttributePath } from "./scim-filter-parser.ts";
import type { ScimResource } from "./scim-user-resource.ts";

export type AttributeSelection = { attributes?: string; excludedAttributes?: string };

/** One named attribute: in which schema part (0 = core), which attribute, which sub-attribute. */
type Named = { part: number; attribute?: string; subAttribute?: string };

const maxNames = 50;

function namesOf(list: string, parts: SchemaParts, parameter: string): Named[] {
  const texts = list
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name !== "");
  if (texts.length > maxNames) {
    throw invalidValue(`${parameter} names more than ${maxNames} attributes.`);
  }
  return texts.map((text) => {
    const whole = parts.findIndex((part) => part.urn.toLowerCase() === text.toLowerCase());
    if (whole > 0) {
      return { part: whole };
    }
    let path;
    try {
      path = parseAttributePath(text);
    } catch {
      throw invalidValue(`${parameter}: "${text.slice(0, 100)}" is not an attribute name.`);
    }
    const part =
      path.schema === undefined
        ? 0
        : parts.findIndex((entry) => entry.urn.toLowerCase() === path.schema);
    // An attribute of no schema here names nothing this resource has: it selects nothing.
    return {
      part: part === -1 ? Number.NaN : part,
      attribute: path.attribute,
      ...(path.subAttribute === undefined ? {} : { subAttribute: path.subAttribute }),
    };
  });
}

/** The resource as the selection asks; the resource itself when there is none. */
export function selectAttributes(
  resource: ScimResource,
  selection: AttributeSelection,
  parts: SchemaParts,
): ScimResource {
  let selected = resource;
  if (selection.attributes !== undefined) {
    selected = keepOnly(selected, namesOf(selection.attributes, parts, "attributes"), parts);
  }
  if (selection.excludedAttributes !== undefined) {
    const names = namesOf(selection.excludedAttributes, parts, "excludedAttributes");
    selected = leaveOut(selected, names, parts);
  }
  return selected;
}

function returnedAlways(parts: SchemaParts, part: number, key: string): boolean {
  const definition = findAttribute(parts[part]?.attributes ?? [], key);
  return key === "schemas" || definition?.returned === "always";
}

/** Which schema part a top-level key of the resource belongs to: an extension's URN, or core. */
function partOfKey(parts: SchemaParts, key: string): number {
  const index = parts.findIndex((part) => part.urn.toLowerCase() === key.toLowerCase());
  return index > 0 ? index : 0;
}

function keepOnly(resource: ScimResource, names: Named[], parts: SchemaParts): ScimResource {
  const kept: ScimResource = {};
  for (const [key, value] of Object.entries(resource)) {
    const part = partOfKey(parts, key);
    if (part > 0) {
      if (names.some((name) => name.part === part && name.attribute === undefined)) {
        kept[key] = value;
      } else if (isObject(value)) {
        const inner = keepNamed(
          value,
          names.filter((name) => name.part === part),
        );
        if (Object.keys(inner).length > 0) {
          kept[key] = inner;
        }
      }
    } else if (returnedAlways(parts, 0, key)) {
      kept[key] = value;
    } else {
      Object.assign(
        kept,
        keepNamed(
          { [key]: value },
          names.filter((name) => name.part === 0),
        ),
      );
    }
  }
  return kept;
}

/** The keys of `container` that `names` ask for, with only the sub-attributes asked for. */
function keepNamed(container: Record<string, unknown>, names: Named[]): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(container)) {
    const asked = names.filter((name) => name.attribute === key.toLowerCase());
    if (asked.some((name) => name.subAttribute === undefined)) {
      kept[key] = value;
      continue;
    }
    const subs = asked.map((name) => name.subAttribute ?? "");
    if (subs.length === 0) {
      continue;
    }
    const pick = (entry: unknown) =>
      isObject(entry) ? Object.fromEntries(subs.flatMap((sub) => picked(entry, sub))) : entry;
    kept[key] = Array.isArray(value) ? value.map(pick) : pick(value);
  }
  return kept;
}

function picked(entry: Record<string, unknown>, sub: string): [string, unknown][] {
  const key = keyOf(entry, sub);
  return key === undefined ? [] : [[key, entry[key]]];
}

function leaveOut(resource: ScimResource, names: Named[], parts: SchemaParts): ScimResource {
  const left: ScimResource = {};
  for (const [key, value] of Object.entries(resource)) {
    const part = partOfKey(parts, key);
    if (part > 0) {
      if (!names.some((name) => name.part === part && name.attribute === undefined)) {
        left[key] = isObject(value)
          ? dropNamed(
              value,
              names.filter((name) => name.part === part),
            )
          : value;
      }
    } else if (returnedAlways(parts, 0, key)) {
      left[key] = value;
    } else {
      Object.assign(
        left,
        dropNamed(
          { [key]: value },
          names.filter((name) => name.part === 0),
        ),
      );
    }
  }
  return left;
}

function dropNamed(container: Record<string, unknown>, names: Named[]): Record<string, unknown> {
  const left: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(container)) {
    const asked = names.filter((name) => name.attribute === key.toLowerCase());
    if (asked.some((name) => name.subAttribute === undefined)) {
      continue;
    }
    const subs = new Set(asked.map((name) => name.subAttribute ?? ""));
    const drop = (entry: unknown) =>
      isObject(entry)
        ? Object.fromEntries(Object.entries(entry).filter(([sub]) => !subs.has(sub.toLowerCase())))
        : entry;
    left[key] = subs.size === 0 ? value : Array.isArray(value) ? value.map(drop) : drop(value);
  }
  return left;
}
