// A Gatehouse account as a SCIM User resource (RFC 7643 §4.1, with the enterprise extension of
// §4.3) and its entity tag: the mapping onto the profile fields is in docs/scim.md.
import { createHash } from "node:crypto";
import type { User } from "../storage/schema.ts";
import { scimSchemas } from "./scim-attributes.ts";

export type GroupReference = { id: string; name: string };

export type ScimResource = Record<string, unknown> & { meta?: Record<string, unknown> };

const iso = (milliseconds: number) => new Date(Number(milliseconds)).toISOString();

/** Only the keys that hold a value: SCIM leaves unassigned attributes out (RFC 7643 §2.5). */
function present<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, entry]) => entry !== null && entry !== undefined),
  ) as Partial<T>;
}

function listOf(
  entries: (Record<string, unknown> | undefined)[],
): Record<string, unknown>[] | undefined {
  const kept = entries.filter((entry): entry is Record<string, unknown> => entry !== undefined);
  return kept.length === 0 ? undefined : kept;
}

export function toScimUser(user: User, groups: GroupReference[], baseUrl: string): ScimResource {
  const enterprise = present({
    employeeNumber: user.employee_id,
    costCenter: user.cost_center,
    department: user.department,
  });
  const resource: ScimResource = {
    schemas: [scimSchemas.user, scimSchemas.enterpriseUser],
    id: user.id,
    ...present({ externalId: user.scim_external_id }),
    userName: user.username,
    name: present({
      formatted: `${user.first_name} ${user.last_name}`.trim() || null,
      familyName: user.last_name === "" ? null : user.last_name,
      givenName: user.first_name === "" ? null : user.first_name,
    }),
    displayName: user.display_name,
    ...present({ title: user.job_title }),
    active: user.status === "active",
    emails: [
      { value: user.email, type: "work", primary: true },
      ...(user.personal_email === null ? [] : [{ value: user.personal_email, type: "home" }]),
    ],
    ...present({
      phoneNumbers: listOf([
        user.work_phone === null ? undefined : { value: user.work_phone, type: "work" },
        user.mobile_phone === null ? undefined : { value: user.mobile_phone, type: "mobile" },
      ]),
      addresses: listOf([
        user.home_address === null ? undefined : { formatted: user.home_address, type: "home" },
      ]),
      groups: listOf(groups.map((group) => ({ value: group.id, display: group.name }))),
    }),
    ...(Object.keys(enterprise).length === 0 ? {} : { [scimSchemas.enterpriseUser]: enterprise }),
    meta: {
      resourceType: "User",
      created: iso(user.created_at),
      lastModified: iso(user.updated_at),
      location: `${baseUrl}/Users/${user.id}`,
    },
  };
  return withVersion(resource);
}

/**
 * A weak entity tag (RFC 7232 §2.3) over the whole representation: any change a client could see
 * changes it, whichever part of Gatehouse made the change.
 */
export function withVersion(resource: ScimResource): ScimResource {
  const digest = createHash("sha256").update(JSON.stringify(resource)).digest("base64url");
  return { ...resource, meta: { ...resource.meta, version: `W/"${digest.slice(0, 22)}"` } };
}

export function versionOf(resource: ScimResource): string {
  const version = resource.meta?.version;
  return typeof version === "string" ? version : "";
}
