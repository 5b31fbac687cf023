// Request and response shapes of the SCIM service provider, /scim/v2 (docs/scim.md). SCIM
// resources are open-ended (RFC 7643 §3: extensions add attributes), so a body is checked here for
// its frame only; server/scim/ reads every attribute Gatehouse keeps with the portal's own checks.
import { Type, type Static } from "typebox";
import { Identifier, Text } from "./strings.ts";

const SchemaUrns = Type.Array(Text({ minLength: 1, maxLength: 200 }), {
  minItems: 1,
  maxItems: 10,
});

/** A SCIM resource or message: its `schemas`, and attributes the schemas define. */
export const ScimResource = Type.Object({ schemas: SchemaUrns }, { additionalProperties: true });
export type ScimResource = Static<typeof ScimResource>;

export const ScimPatchBody = Type.Object(
  {
    schemas: SchemaUrns,
    Operations: Type.Array(
      Type.Object(
        {
          op: Text({ minLength: 1, maxLength: 10 }),
          path: Type.Optional(Text({ minLength: 1, maxLength: 500 })),
          value: Type.Optional(Type.Unknown()),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 50 },
    ),
  },
  { additionalProperties: false },
);
export type ScimPatchBody = Static<typeof ScimPatchBody>;

/** RFC 7644 §3.4.2.5: the attributes a returned resource carries (comma-separated names). */
const attributeSelection = {
  attributes: Type.Optional(Text({ maxLength: 2000 })),
  excludedAttributes: Type.Optional(Text({ maxLength: 2000 })),
};

/** On every answer with a resource: GET, and the POST, PUT and PATCH replies. */
export const ScimAttributesQuery = Type.Object(attributeSelection, {
  additionalProperties: false,
});
export type ScimAttributesQuery = Static<typeof ScimAttributesQuery>;

/**
 * RFC 7644 §3.4.2: `filter`, `sortBy` and `sortOrder` (§3.4.2.3), 1-based paging (out-of-range
 * numbers are clamped, not refused), and the attribute selection.
 */
export const ScimListQuery = Type.Object(
  {
    filter: Type.Optional(Text({ minLength: 1, maxLength: 1000 })),
    startIndex: Type.Optional(Type.Integer({ minimum: -1e9, maximum: 1e9 })),
    count: Type.Optional(Type.Integer({ minimum: -1e9, maximum: 1e9 })),
    sortBy: Type.Optional(Text({ minLength: 1, maxLength: 300 })),
    sortOrder: Type.Optional(Text({ minLength: 1, maxLength: 20 })),
    ...attributeSelection,
  },
  { additionalProperties: false },
);
export type ScimListQuery = Static<typeof ScimListQuery>;

export const ScimIdParams = Type.Object({ id: Identifier(64) }, { additionalProperties: false });
export type ScimIdParams = Static<typeof ScimIdParams>;

/** A schema or resource type by its id: a URN, or a name like `User`. */
export const ScimUrnParams = Type.Object(
  { id: Type.String({ minLength: 1, maxLength: 128, pattern: "^[A-Za-z0-9:._-]+$" }) },
  { additionalProperties: false },
);
export type ScimUrnParams = Static<typeof ScimUrnParams>;

/** The error body of RFC 7644 §3.12. */
export const ScimErrorResponse = Type.Object({
  schemas: Type.Array(Type.String()),
  status: Type.String(),
  scimType: Type.Optional(Type.String()),
  detail: Type.String(),
});
export type ScimErrorResponse = Static<typeof ScimErrorResponse>;
