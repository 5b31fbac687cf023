// PATCH (RFC 7644 §3.5.2) applied to a resource's SCIM representation: add, replace and remove,
// with or without a path, paths like `name.givenName`, `emails[type eq "work"].value` or an
// extension's `urn:…:User:department`. The result is read back like a PUT body, so a PATCH can
// never store what a PUT would refuse. A read-only attribute is `mutability`; a path naming
// nothing Gatehouse keeps is `invalidPath`; a filter matching nothing on replace is `noTarget`.
import { findAttribute, keyOf, type AttributeDefinition } from "./scim-attributes.ts";
import { invalidPath, invalidValue, ScimError } from "./scim-error.ts";
import { isObject, isUnkept, matchesFilter, type SchemaParts } from "./scim-filter-evaluate.ts";
import { parsePatchPath, type PatchPath, type ScimFilter } from "./scim-filter-parser.ts";
import type { ScimResource } from "./scim-user-resource.ts";

export type PatchOperation = { op: string; path?: string; value?: unknown };

const maxOperations = 50;

export function applyPatch(
  resource: ScimResource,
  operations: PatchOperation[],
  parts: SchemaParts,
): ScimResource {
  if (operations.length === 0 || operations.length > maxOperations) {
    throw invalidValue(`A PATCH carries 1 to ${maxOperations} operations.`);
  }
  const result = structuredClone(resource);
  for (const operation of operations) {
    const op = operation.op.toLowerCase();
    if (op !== "add" && op !== "replace" && op !== "remove") {
      throw invalidValue(
        `"${operation.op.slice(0, 20)}" is not a PATCH op: use add, replace or remove.`,
      );
    }
    if (operation.path === undefined) {
      if (op === "remove") {
        throw new ScimError(400, "A remove operation needs a path.", "noTarget");
      }
      applyWithoutPath(result, op, operation.value, parts);
    } else {
      applyAt(result, op, readPath(operation.path), operation.value, parts);
    }
  }
  return result;
}

function readPath(text: string): PatchPath {
  try {
    return parsePatchPath(text);
  } catch (error) {
    throw error instanceof ScimError
      ? invalidPath(`The path is not valid: ${error.message}`)
      : error;
  }
}

/** A value object without a path: each of its attributes as if it were the path (§3.5.2.1). */
function applyWithoutPath(resource: ScimResource, op: string, value: unknown, parts: SchemaParts) {
  if (!isObject(value)) {
    throw invalidValue("Without a path, the value must be an object of attributes.");
  }
  for (const [name, entry] of Object.entries(value)) {
    const extension = parts.slice(1).find((part) => part.urn.toLowerCase() === name.toLowerCase());
    if (extension !== undefined && isObject(entry)) {
      for (const [inner, innerValue] of Object.entries(entry)) {
        applyAt(resource, op, readPath(`${extension.urn}:${inner}`), innerValue, parts);
      }
    } else if (
      findAttribute(parts[0]?.attributes ?? [], name) !== undefined &&
      !isReadOnly(parts, name)
    ) {
      applyAt(resource, op, readPath(name), entry, parts);
    }
    // Anything else in a value object is not kept, as in a POST or PUT body (scim-user-input.ts).
  }
}

/** Read-only attributes in a value object are ignored, as a PUT ignores them (§3.5.1). */
function isReadOnly(parts: SchemaParts, name: string): boolean {
  return findAttribute(parts[0]?.attributes ?? [], name)?.mutability === "readOnly";
}

function applyAt(
  resource: ScimResource,
  op: string,
  target: PatchPath,
  value: unknown,
  parts: SchemaParts,
) {
  const { path } = target;
  const part =
    path.schema === undefined
      ? parts[0]
      : parts.find((candidate) => candidate.urn.toLowerCase() === path.schema);
  const definition =
    part === undefined ? undefined : findAttribute(part.attributes, path.attribute);
  if (part !== undefined && definition === undefined && isUnkept(part.unkept, path.attribute)) {
    return; // defined by RFC 7643, not kept by Gatehouse: nothing to change
  }
  if (part === undefined || definition === undefined) {
    throw invalidPath(`${path.attribute} is not an attribute Gatehouse keeps (see /Schemas).`);
  }
  const container = part === parts[0] ? resource : extensionOf(resource, part.urn);
  const key = keyOf(container, definition.name) ?? definition.name;
  const subName = target.subAttribute ?? path.subAttribute;
  const sub =
    subName === undefined ? undefined : findAttribute(definition.subAttributes ?? [], subName);
  if (subName !== undefined && sub === undefined) {
    throw invalidPath(`${definition.name}.${subName} is not an attribute Gatehouse keeps.`);
  }
  if (definition.mutability === "readOnly" || sub?.mutability === "readOnly") {
    throw new ScimError(
      400,
      `${definition.name}${sub === undefined ? "" : `.${sub.name}`} is read-only.`,
      "mutability",
    );
  }
  if (target.filter !== undefined) {
    applyToMatches(container, key, definition, target.filter, sub, op, value);
    return;
  }
  if (sub !== undefined) {
    if (definition.multiValued) {
      throw invalidPath(
        `Pick values of ${definition.name} with a filter, e.g. ${definition.name}[type eq "work"].${sub.name}.`,
      );
    }
    const current = container[key];
    const inner = isObject(current) ? current : {};
    setOrRemove(inner, keyOf(inner, sub.name) ?? sub.name, sub, op, value);
    container[key] = inner;
    return;
  }
  if (op === "remove" && definition.multiValued && Array.isArray(value)) {
    // Not in RFC 7644, but sent by a widely used client to remove some members: drop the values
    // named, never the whole attribute.
    const named = value.map((entry): unknown => (isObject(entry) ? entry.value : entry));
    const current = container[key];
    container[key] = (Array.isArray(current) ? current : []).filter(
      (entry) => !(isObject(entry) && named.includes(entry.value)),
    );
  } else if (op === "remove") {
    delete container[key];
  } else if (definition.multiValued) {
    const values: unknown[] = Array.isArray(value) ? value : [value];
    const current = container[key];
    const existing: unknown[] = op === "add" && Array.isArray(current) ? current : [];
    container[key] = [...existing, ...values];
  } else if (definition.type === "complex") {
    if (!isObject(value)) {
      throw invalidValue(`${definition.name} takes an object of its sub-attributes.`);
    }
    const current = container[key];
    container[key] = { ...(isObject(current) ? current : {}), ...value };
  } else {
    container[key] = coerce(definition, value);
  }
}

function applyToMatches(
  container: Record<string, unknown>,
  key: string,
  definition: AttributeDefinition,
  filter: ScimFilter,
  sub: AttributeDefinition | undefined,
  op: string,
  value: unknown,
) {
  if (!definition.multiValued || definition.type !== "complex") {
    throw invalidPath(`${definition.name} is not a multi-valued attribute: it takes no filter.`);
  }
  const inner = [{ urn: "", attributes: definition.subAttributes ?? [] }];
  const values = Array.isArray(container[key]) ? (container[key] as unknown[]) : [];
  const matches = values.filter((entry) => isObject(entry) && matchesFilter(filter, entry, inner));
  if (matches.length === 0) {
    const created = op === "remove" || sub === undefined ? undefined : entryFor(filter);
    if (created === undefined) {
      throw new ScimError(400, `No value of ${definition.name} matches the filter.`, "noTarget");
    }
    // `replace emails[type eq "work"].value` where there is none yet adds it, as clients expect.
    created[sub?.name ?? "value"] = value;
    container[key] = [...values, created];
    return;
  }
  if (sub === undefined) {
    container[key] =
      op === "remove"
        ? values.filter((entry) => !matches.includes(entry))
        : values.map((entry) =>
            matches.includes(entry) && isObject(value) ? { ...(entry as object), ...value } : entry,
          );
    return;
  }
  for (const match of matches as Record<string, unknown>[]) {
    setOrRemove(match, keyOf(match, sub.name) ?? sub.name, sub, op, value);
  }
}

/** The value a filter like `type eq "work"` describes, so a missing one can be created. */
function entryFor(filter: ScimFilter): Record<string, unknown> | undefined {
  if (
    filter.op === "eq" &&
    filter.path.subAttribute === undefined &&
    typeof filter.value === "string"
  ) {
    return { [filter.path.attribute]: filter.value };
  }
  return undefined;
}

function setOrRemove(
  target: Record<string, unknown>,
  key: string,
  definition: AttributeDefinition,
  op: string,
  value: unknown,
) {
  if (op === "remove") {
    delete target[key];
  } else {
    target[key] = coerce(definition, value);
  }
}

/** Some clients send booleans as "True"/"False" strings; those are read as booleans. */
function coerce(definition: AttributeDefinition, value: unknown): unknown {
  if (definition.type === "boolean" && typeof value === "string" && /^(true|false)$/i.test(value)) {
    return value.toLowerCase() === "true";
  }
  return value;
}

function extensionOf(resource: ScimResource, urn: string): Record<string, unknown> {
  const key = keyOf(resource, urn) ?? urn;
  if (!isObject(resource[key])) {
    resource[key] = {};
  }
  return resource[key] as Record<string, unknown>;
}
