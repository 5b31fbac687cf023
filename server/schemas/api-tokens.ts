// Request and response shapes of /api/admin/api-tokens, and the scopes an API token can hold.
import { Type, type Static } from "typebox";
import { Identifier, Text } from "./strings.ts";

/** What a token may do; each admin route that accepts tokens declares the one it needs. */
export const apiScopes = [
  "users:read",
  "users:write",
  "apps:read",
  "apps:write",
  "audit:read",
  "policies:read",
  "policies:write",
  "devices:read",
  "devices:write",
  "scim",
] as const;
export type ApiScope = (typeof apiScopes)[number];

export const ApiScopeSchema = Type.Unsafe<ApiScope>({ type: "string", enum: [...apiScopes] });
export type ApiScopeSchema = Static<typeof ApiScopeSchema>;

export const ApiTokenView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  scopes: Type.Array(ApiScopeSchema),
  createdAt: Type.String({ format: "date-time" }),
  expiresAt: Type.String({ format: "date-time" }),
  revokedAt: Type.Union([Type.String({ format: "date-time" }), Type.Null()]),
  lastUsedAt: Type.Union([Type.String({ format: "date-time" }), Type.Null()]),
  lastUsedIp: Type.Union([Type.String(), Type.Null()]),
  /** Who minted it: an admin's email, or null when it came from the admin CLI. */
  createdBy: Type.Union([Type.String(), Type.Null()]),
});
export type ApiTokenView = Static<typeof ApiTokenView>;

export const ApiTokenList = Type.Object({ tokens: Type.Array(ApiTokenView) });
export type ApiTokenList = Static<typeof ApiTokenList>;

export const maxApiTokenDays = 365;

export const CreateApiTokenBody = Type.Object(
  {
    name: Text({ minLength: 1, maxLength: 100 }),
    scopes: Type.Array(ApiScopeSchema, {
      minItems: 1,
      maxItems: apiScopes.length,
      uniqueItems: true,
    }),
    /** Days until the token expires (default 90). */
    validDays: Type.Optional(Type.Integer({ minimum: 1, maximum: maxApiTokenDays })),
  },
  { additionalProperties: false },
);
export type CreateApiTokenBody = Static<typeof CreateApiTokenBody>;

export const CreatedApiToken = Type.Object({
  token: ApiTokenView,
  /** Shown once: send it as `Authorization: Bearer <secret>`. */
  secret: Type.String(),
});
export type CreatedApiToken = Static<typeof CreatedApiToken>;

export const ApiTokenIdParams = Type.Object({ id: Identifier() }, { additionalProperties: false });
export type ApiTokenIdParams = Static<typeof ApiTokenIdParams>;
