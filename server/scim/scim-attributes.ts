// How SCIM describes an attribute (RFC 7643 §7) and the schema URNs this service provider speaks.
// The User schema (scim-user-schema.ts) is built from these; /Schemas shows them as they are.

export const scimSchemas = {
  user: "urn:ietf:params:scim:schemas:core:2.0:User",
  enterpriseUser: "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
  group: "urn:ietf:params:scim:schemas:core:2.0:Group",
  listResponse: "urn:ietf:params:scim:api:messages:2.0:ListResponse",
  patchOp: "urn:ietf:params:scim:api:messages:2.0:PatchOp",
  error: "urn:ietf:params:scim:api:messages:2.0:Error",
  serviceProviderConfig: "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig",
  resourceType: "urn:ietf:params:scim:schemas:core:2.0:ResourceType",
  schema: "urn:ietf:params:scim:schemas:core:2.0:Schema",
} as const;

export type AttributeDefinition = {
  name: string;
  type: "string" | "boolean" | "complex" | "dateTime" | "reference";
  multiValued: boolean;
  description: string;
  required: boolean;
  caseExact: boolean;
  mutability: "readOnly" | "readWrite" | "immutable" | "writeOnly";
  returned: "always" | "default" | "never" | "request";
  uniqueness: "none" | "server" | "global";
  canonicalValues?: string[];
  referenceTypes?: string[];
  subAttributes?: AttributeDefinition[];
};

type Options = Partial<Omit<AttributeDefinition, "name" | "description" | "type">>;

const base = {
  multiValued: false,
  required: false,
  caseExact: false,
  mutability: "readWrite",
  returned: "default",
  uniqueness: "none",
} as const;

export const text = (name: string, description: string, options: Options = {}) =>
  ({ ...base, name, description, type: "string", ...options }) satisfies AttributeDefinition;

export const flag = (name: string, description: string, options: Options = {}) =>
  ({ ...base, name, description, type: "boolean", ...options }) satisfies AttributeDefinition;

export const time = (name: string, description: string) =>
  ({
    ...base,
    name,
    description,
    type: "dateTime",
    mutability: "readOnly",
  }) satisfies AttributeDefinition;

export const complex = (
  name: string,
  description: string,
  subAttributes: AttributeDefinition[],
  options: Options = {},
) =>
  ({
    ...base,
    name,
    description,
    type: "complex",
    subAttributes,
    ...options,
  }) satisfies AttributeDefinition;

/** The attribute of `definitions` with this name, compared without case (RFC 7643 §2.1). */
export function findAttribute(
  definitions: readonly AttributeDefinition[],
  name: string,
): AttributeDefinition | undefined {
  const wanted = name.toLowerCase();
  return definitions.find((definition) => definition.name.toLowerCase() === wanted);
}

/** The key of `value` that names this attribute, whatever case the client wrote it in. */
export function keyOf(value: Record<string, unknown>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  return Object.keys(value).find((key) => key.toLowerCase() === wanted);
}
