// A SCIM User resource from a client (POST, PUT, or the result of a PATCH) read into the profile
// fields it maps onto (docs/scim.md), checked as the portal checks them: one line of plain text,
// the profile's lengths, real email addresses and phone numbers. Attributes Gatehouse does not
// keep are ignored (RFC 7643 §2.5 lets /Schemas say which ones it keeps); a password is refused.
import { isSingleLineText } from "../schemas/strings.ts";
import { keyOf, scimSchemas } from "./scim-attributes.ts";
import { invalidValue, ScimError } from "./scim-error.ts";
import { isObject } from "./scim-filter-evaluate.ts";

export type ScimUserFields = {
  username: string;
  first_name: string;
  last_name: string;
  display_name: string;
  email: string;
  personal_email: string | null;
  work_phone: string | null;
  mobile_phone: string | null;
  home_address: string | null;
  job_title: string | null;
  employee_id: string | null;
  cost_center: string | null;
  department: string | null;
  scim_external_id: string | null;
  /** Absent: the account keeps its state (a new one is active). */
  active: boolean | undefined;
};

const emailPattern = /^[^\s@\p{Cc}\p{Cs}]+@[^\s@\p{Cc}\p{Cs}]+$/u;
const phonePattern = /^\+?[0-9 ()./-]{4,32}$/;

function member(value: Record<string, unknown>, name: string): unknown {
  const key = keyOf(value, name);
  return key === undefined ? undefined : value[key];
}

/** An optional one-line string of at most `max` characters; "" and null clear it. */
function optionalText(value: unknown, name: string, max: number): string | null {
  if (value === undefined || value === null || value === "") {
    return null;
  }
  if (typeof value !== "string" || !isSingleLineText(value) || value.length > max) {
    throw invalidValue(`${name} must be one line of plain text, at most ${max} characters.`);
  }
  return value.trim() === "" ? null : value.trim();
}

function entries(value: unknown, name: string): Record<string, unknown>[] {
  if (value === undefined || value === null) {
    return [];
  }
  if (!Array.isArray(value) || !value.every(isObject) || value.length > 10) {
    throw invalidValue(`${name} must be a list of at most 10 objects.`);
  }
  return value;
}

/** The one value of each allowed type; an unknown type or a second value of one is refused. */
function byType(
  list: Record<string, unknown>[],
  name: string,
  types: readonly string[],
  fallbackType: string,
): Map<string, unknown> {
  const found = new Map<string, unknown>();
  for (const entry of list) {
    const type = member(entry, "type") ?? fallbackType;
    if (typeof type !== "string" || !types.includes(type.toLowerCase())) {
      throw invalidValue(`${name} takes the types ${types.join(" and ")} only.`);
    }
    if (found.has(type.toLowerCase())) {
      throw invalidValue(`${name} has more than one ${type.toLowerCase()} value.`);
    }
    found.set(type.toLowerCase(), entry);
  }
  return found;
}

function emailOf(entry: unknown, name: string): string | null {
  const value = isObject(entry) ? member(entry, "value") : undefined;
  if (value === undefined || value === null) {
    return null;
  }
  if (typeof value !== "string" || value.length > 254 || !emailPattern.test(value)) {
    throw invalidValue(`${name} must be an email address.`);
  }
  return value.trim().toLowerCase();
}

function phoneOf(entry: unknown, name: string): string | null {
  const value = isObject(entry) ? member(entry, "value") : undefined;
  if (value === undefined || value === null || value === "") {
    return null;
  }
  if (typeof value !== "string" || !phonePattern.test(value)) {
    throw invalidValue(`${name} must be a phone number: digits, spaces, + ( ) . / -.`);
  }
  return value;
}

function addressOf(entry: unknown): string | null {
  if (!isObject(entry)) {
    return null;
  }
  const formatted = member(entry, "formatted");
  if (formatted !== undefined && formatted !== null) {
    return optionalText(formatted, "addresses.formatted", 500);
  }
  const parts = ["streetAddress", "locality", "region", "postalCode", "country"]
    .map((part) => optionalText(member(entry, part), `addresses.${part}`, 200))
    .filter((part): part is string => part !== null);
  return parts.length === 0 ? null : optionalText(parts.join(", "), "addresses", 500);
}

export function fieldsOfScimUser(input: unknown): ScimUserFields {
  if (!isObject(input)) {
    throw new ScimError(400, "The body must be a SCIM User resource.", "invalidSyntax");
  }
  const schemas = member(input, "schemas");
  if (!Array.isArray(schemas) || !schemas.some((urn) => urn === scimSchemas.user)) {
    throw new ScimError(400, `schemas must list ${scimSchemas.user}.`, "invalidSyntax");
  }
  if (member(input, "password") !== undefined) {
    throw new ScimError(
      400,
      "Gatehouse does not take passwords over SCIM: users choose theirs with a reset link.",
      "mutability",
    );
  }
  const userName = optionalText(member(input, "userName"), "userName", 254);
  const nameValue = member(input, "name");
  const name = isObject(nameValue) ? nameValue : {};
  const givenName = optionalText(member(name, "givenName"), "name.givenName", 100) ?? "";
  const familyName = optionalText(member(name, "familyName"), "name.familyName", 100) ?? "";
  const emails = byType(
    entries(member(input, "emails"), "emails"),
    "emails",
    ["work", "home"],
    "work",
  );
  const work = emailOf(emails.get("work"), 'emails[type eq "work"].value');
  const email =
    work ?? (userName !== null && emailPattern.test(userName) ? userName.toLowerCase() : null);
  if (userName === null) {
    throw invalidValue("userName is required.");
  }
  if (email === null) {
    throw invalidValue(
      'A work email is required: emails[type eq "work"].value, or an email as userName.',
    );
  }
  const phones = byType(
    entries(member(input, "phoneNumbers"), "phoneNumbers"),
    "phoneNumbers",
    ["work", "mobile"],
    "work",
  );
  const addresses = byType(
    entries(member(input, "addresses"), "addresses"),
    "addresses",
    ["home"],
    "home",
  );
  const extensionValue = member(input, scimSchemas.enterpriseUser);
  const extension = isObject(extensionValue) ? extensionValue : {};
  const active = member(input, "active");
  if (active !== undefined && typeof active !== "boolean") {
    throw invalidValue("active must be true or false.");
  }
  const externalId = member(input, "externalId");
  return {
    username: userName,
    first_name: givenName,
    last_name: familyName,
    display_name:
      optionalText(member(input, "displayName"), "displayName", 100) ??
      (`${givenName} ${familyName}`.trim() || userName.slice(0, 100)),
    email,
    personal_email: emailOf(emails.get("home"), 'emails[type eq "home"].value'),
    work_phone: phoneOf(phones.get("work"), 'phoneNumbers[type eq "work"].value'),
    mobile_phone: phoneOf(phones.get("mobile"), 'phoneNumbers[type eq "mobile"].value'),
    home_address: addressOf(addresses.get("home")),
    job_title: optionalText(member(input, "title"), "title", 100),
    employee_id: optionalText(member(extension, "employeeNumber"), "employeeNumber", 64),
    cost_center: optionalText(member(extension, "costCenter"), "costCenter", 100),
    department: optionalText(member(extension, "department"), "department", 100),
    scim_external_id: optionalText(externalId, "externalId", 254),
    active,
  };
}
