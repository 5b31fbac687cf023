// A Gatehouse group as a SCIM Group resource (RFC 7643 §4.2), and a client's Group read back
// into a name and member ids.
import type { Group } from "../storage/apps-schema.ts";
import { keyOf, scimSchemas } from "./scim-attributes.ts";
import { invalidValue, ScimError } from "./scim-error.ts";
import { isObject } from "./scim-filter-evaluate.ts";
import { withVersion, type ScimResource } from "./scim-user-resource.ts";
import { isSingleLineText } from "../schemas/strings.ts";

export type GroupMember = { id: string; displayName: string };

export function toScimGroup(group: Group, members: GroupMember[], baseUrl: string): ScimResource {
  const created = new Date(Number(group.created_at)).toISOString();
  return withVersion({
    schemas: [scimSchemas.group],
    id: group.id,
    displayName: group.name,
    members: members.map((member) => ({
      value: member.id,
      display: member.displayName,
      type: "User",
      $ref: `${baseUrl}/Users/${member.id}`,
    })),
    meta: {
      resourceType: "Group",
      created,
      lastModified: created,
      location: `${baseUrl}/Groups/${group.id}`,
    },
  });
}

export type ScimGroupFields = { name: string; memberIds: string[] };

const maxMembers = 10_000;

export function fieldsOfScimGroup(input: unknown): ScimGroupFields {
  if (!isObject(input)) {
    throw new ScimError(400, "The body must be a SCIM Group resource.", "invalidSyntax");
  }
  const schemasKey = keyOf(input, "schemas");
  const schemas = schemasKey === undefined ? undefined : input[schemasKey];
  if (!Array.isArray(schemas) || !schemas.includes(scimSchemas.group)) {
    throw new ScimError(400, `schemas must list ${scimSchemas.group}.`, "invalidSyntax");
  }
  const nameKey = keyOf(input, "displayName");
  const name = nameKey === undefined ? undefined : input[nameKey];
  if (
    typeof name !== "string" ||
    name.trim() === "" ||
    name.length > 100 ||
    !isSingleLineText(name)
  ) {
    throw invalidValue("displayName must be one line of plain text, 1 to 100 characters.");
  }
  const membersKey = keyOf(input, "members");
  const members = membersKey === undefined ? [] : input[membersKey];
  if (members === null) {
    return { name: name.trim(), memberIds: [] };
  }
  if (!Array.isArray(members) || members.length > maxMembers) {
    throw invalidValue(`members must be a list of at most ${maxMembers} Users.`);
  }
  const memberIds = members.map((member) => {
    const valueKey = isObject(member) ? keyOf(member, "value") : undefined;
    const value =
      valueKey === undefined ? undefined : (member as Record<string, unknown>)[valueKey];
    if (typeof value !== "string" || !/^[A-Za-z0-9_-]{1,64}$/.test(value)) {
      throw invalidValue("Each member needs the value of a User id.");
    }
    return value;
  });
  return { name: name.trim(), memberIds: [...new Set(memberIds)] };
}
