// The Group attributes Gatehouse keeps (RFC 7643 §4.2): a group's name and its members, the
// groups apps are assigned to (docs/scim.md). Only Users can be members.
import { complex, text, type AttributeDefinition, scimSchemas } from "./scim-attributes.ts";
import { commonAttributes } from "./scim-user-schema.ts";

export const groupAttributes: AttributeDefinition[] = [
  text("displayName", "The group's name, unique.", { required: true, uniqueness: "server" }),
  complex(
    "members",
    "The Users in the group.",
    [
      text("value", "The member's User id.", { caseExact: true, mutability: "immutable" }),
      text("display", "The member's display name.", { mutability: "readOnly" }),
      text("type", "Always User.", { canonicalValues: ["User"], mutability: "immutable" }),
      text("$ref", "The member's URI.", { caseExact: true, mutability: "readOnly" }),
    ],
    { multiValued: true },
  ),
];

export const groupSchemaParts = [
  {
    urn: scimSchemas.group,
    // A group has no externalId column: a filter on one matches nothing, a PATCH of one is a no-op.
    attributes: [
      ...commonAttributes.filter((attribute) => attribute.name !== "externalId"),
      ...groupAttributes,
    ],
    unkept: ["externalId"],
  },
] as const;
