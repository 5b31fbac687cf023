// What a SCIM client reads before it provisions (RFC 7644 §4): the service provider's features,
// its resource types and their schemas, built from the same attribute definitions the filter and
// PATCH code use (scim-user-schema.ts), so what is advertised is exactly what is supported.
import { scimSchemas, type AttributeDefinition } from "./scim-attributes.ts";
import { groupAttributes } from "./scim-group-schema.ts";
import { enterpriseAttributes, userAttributes } from "./scim-user-schema.ts";
import { maxResults } from "./scim-list.ts";

export function serviceProviderConfig(baseUrl: string) {
  return {
    schemas: [scimSchemas.serviceProviderConfig],
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults },
    changePassword: { supported: false },
    sort: { supported: true },
    etag: { supported: true },
    authenticationSchemes: [
      {
        type: "oauthbearertoken",
        name: "API token",
        description: "An API token with the scim scope, as Authorization: Bearer <token>.",
        specUri: "https://www.rfc-editor.org/rfc/rfc6750",
        primary: true,
      },
    ],
    meta: { resourceType: "ServiceProviderConfig", location: `${baseUrl}/ServiceProviderConfig` },
  };
}

export function resourceTypes(baseUrl: string) {
  return [
    {
      schemas: [scimSchemas.resourceType],
      id: "User",
      name: "User",
      endpoint: "/Users",
      description: "A Gatehouse account",
      schema: scimSchemas.user,
      schemaExtensions: [{ schema: scimSchemas.enterpriseUser, required: false }],
      meta: { resourceType: "ResourceType", location: `${baseUrl}/ResourceTypes/User` },
    },
    {
      schemas: [scimSchemas.resourceType],
      id: "Group",
      name: "Group",
      endpoint: "/Groups",
      description: "A group of accounts that apps are assigned to",
      schema: scimSchemas.group,
      meta: { resourceType: "ResourceType", location: `${baseUrl}/ResourceTypes/Group` },
    },
  ];
}

export function schemaDocuments(baseUrl: string) {
  const document = (
    id: string,
    name: string,
    description: string,
    attributes: AttributeDefinition[],
  ) => ({
    schemas: [scimSchemas.schema],
    id,
    name,
    description,
    attributes,
    meta: { resourceType: "Schema", location: `${baseUrl}/Schemas/${id}` },
  });
  return [
    document(scimSchemas.user, "User", "User account", userAttributes),
    document(
      scimSchemas.enterpriseUser,
      "EnterpriseUser",
      "Employment information",
      enterpriseAttributes,
    ),
    document(scimSchemas.group, "Group", "Group", groupAttributes),
  ];
}
