// Request and response shapes of /api/apps* (the launcher) and /api/admin/apps*, /api/admin/groups*.
import { Type, type Static } from "typebox";
import {
  iconTypes,
  maxIconBytes,
  maxUrlLength,
  nameIdFormats,
  userAttributeFields,
} from "../lib/limits.ts";
import { Identifier, MultiLineText, Text, TextKeyedRecord } from "./strings.ts";

const Id = Identifier();
const Url = Text({ minLength: 1, maxLength: maxUrlLength });
/** OIDC Registration §2 token_endpoint_auth_method of a confidential client. */
const ClientAuthMethod = Type.Union([
  Type.Literal("client_secret_basic"),
  Type.Literal("client_secret_post"),
]);
/** OIDC Registration §2 id_token_signed_response_alg: ES256 unless RS256 is asked for. */
const IdTokenSigningAlg = Type.Union([Type.Literal("ES256"), Type.Literal("RS256")]);
const AppKind = Type.Union([Type.Literal("bookmark"), Type.Literal("saml"), Type.Literal("oidc")]);

export const AppIdParams = Type.Object({ id: Id }, { additionalProperties: false });

/** An app icon as served: the image's bytes (PNG, JPEG or WebP). */
export const AppIcon = Type.Unsafe<Uint8Array>({
  type: "string",
  description: "The image's bytes",
});
export type AppIcon = Static<typeof AppIcon>;
export type AppIdParams = Static<typeof AppIdParams>;

export const PortalApp = Type.Object({
  id: Type.String(),
  name: Type.String(),
  kind: AppKind,
  /** Same-origin URL of the icon, or null for the initials tile. */
  iconUrl: Type.Union([Type.String(), Type.Null()]),
  notes: Type.Union([Type.String(), Type.Null()]),
  requiresMfa: Type.Boolean(),
});
export type PortalApp = Static<typeof PortalApp>;

export const PortalAppList = Type.Object({ apps: Type.Array(PortalApp) });
export type PortalAppList = Static<typeof PortalAppList>;

export const LaunchResponse = Type.Object({
  /** One-time URL to open in the system browser: /launch/<ticket> on the portal origin. */
  url: Type.String(),
  expiresAt: Type.String({ format: "date-time" }),
});
export type LaunchResponse = Static<typeof LaunchResponse>;

const Icon = Type.Object(
  {
    type: Type.Union(iconTypes.map((type) => Type.Literal(type))),
    base64: Type.String({
      minLength: 4,
      maxLength: Math.ceil(maxIconBytes / 3) * 4,
      pattern: "^[A-Za-z0-9+/]*={0,2}$",
    }),
  },
  { additionalProperties: false },
);

const NameIdFormat = Type.Union(
  (Object.keys(nameIdFormats) as (keyof typeof nameIdFormats)[]).map((format) =>
    Type.Literal(format),
  ),
);
const AttributeField = Type.Union(userAttributeFields.map((field) => Type.Literal(field)));

const BookmarkSettings = Type.Object({ url: Url }, { additionalProperties: false });
const maxCertificateLength = 16 * 1024;

const SamlSettings = Type.Object(
  {
    entityId: Text({ minLength: 1, maxLength: 1024 }),
    acsUrl: Url,
    nameIdFormat: Type.Optional(NameIdFormat),
    attributes: Type.Optional(
      TextKeyedRecord(AttributeField, { maxKeyLength: 256, maxProperties: 20 }),
    ),
    /** The SP's signing certificate in PEM, as read from its metadata. */
    certificate: Type.Optional(
      Type.Union([MultiLineText({ maxLength: maxCertificateLength }), Type.Null()]),
    ),
  },
  { additionalProperties: false },
);
const OidcSettings = Type.Object(
  {
    redirectUris: Type.Array(Url, { minItems: 1, maxItems: 10 }),
    initiateLoginUri: Url,
    confidential: Type.Optional(Type.Boolean()),
    tokenEndpointAuthMethod: Type.Optional(ClientAuthMethod),
    idTokenSigningAlg: Type.Optional(IdTokenSigningAlg),
    scopes: Type.Optional(Text({ minLength: 6, maxLength: 100 })),
  },
  { additionalProperties: false },
);

const definitionFields = {
  displayName: Text({ minLength: 1, maxLength: 100 }),
  notes: Type.Optional(Type.Union([MultiLineText({ maxLength: 4000 }), Type.Null()])),
  requireMfa: Type.Optional(Type.Boolean()),
  icon: Type.Optional(Type.Union([Icon, Type.Null()])),
  bookmark: Type.Optional(BookmarkSettings),
  saml: Type.Optional(SamlSettings),
  oidc: Type.Optional(OidcSettings),
};

export const CreateAppBody = Type.Object(
  { kind: AppKind, ...definitionFields },
  { additionalProperties: false },
);
export type CreateAppBody = Static<typeof CreateAppBody>;

export const ChangeAppBody = Type.Object(
  { ...definitionFields, displayName: Type.Optional(definitionFields.displayName) },
  { additionalProperties: false, minProperties: 1 },
);
export type ChangeAppBody = Static<typeof ChangeAppBody>;

const PrincipalType = Type.Union([Type.Literal("user"), Type.Literal("group")]);

export const AssignmentBody = Type.Object(
  { principalType: PrincipalType, principalId: Id, assigned: Type.Boolean() },
  { additionalProperties: false },
);
export type AssignmentBody = Static<typeof AssignmentBody>;

const SpCertificate = Type.Object({
  pem: Type.String(),
  subject: Type.String(),
  notAfter: Type.String({ format: "date-time" }),
  sha256: Type.String(),
});

export const AdminApp = Type.Object({
  id: Type.String(),
  kind: AppKind,
  displayName: Type.String(),
  notes: Type.Union([Type.String(), Type.Null()]),
  requireMfa: Type.Boolean(),
  hasIcon: Type.Boolean(),
  bookmark: Type.Optional(Type.Object({ url: Type.String() })),
  saml: Type.Optional(
    Type.Object({
      entityId: Type.String(),
      acsUrl: Type.String(),
      nameIdFormat: Type.String(),
      attributes: Type.Record(Type.String(), Type.String()),
      certificate: Type.Union([SpCertificate, Type.Null()]),
    }),
  ),
  oidc: Type.Optional(
    Type.Object({
      clientId: Type.String(),
      confidential: Type.Boolean(),
      tokenEndpointAuthMethod: Type.Union([Type.Literal("none"), ClientAuthMethod]),
      idTokenSigningAlg: IdTokenSigningAlg,
      redirectUris: Type.Array(Type.String()),
      initiateLoginUri: Type.Union([Type.String(), Type.Null()]),
      scopes: Type.String(),
    }),
  ),
  assignments: Type.Array(
    Type.Object({
      principalType: PrincipalType,
      principalId: Type.String(),
      /** The person's display name or the group's name. */
      name: Type.String(),
      /** The person's email; null for a group. */
      email: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
  createdAt: Type.String({ format: "date-time" }),
  updatedAt: Type.String({ format: "date-time" }),
});
export type AdminApp = Static<typeof AdminApp>;

export const AdminAppList = Type.Object({ apps: Type.Array(AdminApp) });
export type AdminAppList = Static<typeof AdminAppList>;

export const CreatedApp = Type.Object({
  app: AdminApp,
  /** Shown once, for a confidential OIDC client. */
  clientSecret: Type.Optional(Type.String()),
});
export type CreatedApp = Static<typeof CreatedApp>;

/** SP metadata XML, pasted or read from a file in the console (at most 256 KiB). */
export const SamlMetadataBody = Type.Object(
  { xml: MultiLineText({ minLength: 1, maxLength: 256 * 1024 }) },
  { additionalProperties: false },
);
export type SamlMetadataBody = Static<typeof SamlMetadataBody>;

export const SamlMetadataRead = Type.Object({
  entityId: Type.String(),
  acsUrl: Type.String(),
  certificate: Type.Union([SpCertificate, Type.Null()]),
});
export type SamlMetadataRead = Static<typeof SamlMetadataRead>;

export const ClientSecretResponse = Type.Object({ clientSecret: Type.String() });
export type ClientSecretResponse = Static<typeof ClientSecretResponse>;

export const AdminGroup = Type.Object({
  id: Type.String(),
  name: Type.String(),
  memberIds: Type.Array(Type.String()),
});
export type AdminGroup = Static<typeof AdminGroup>;
export const AdminGroupList = Type.Object({ groups: Type.Array(AdminGroup) });
export type AdminGroupList = Static<typeof AdminGroupList>;

export const CreateGroupBody = Type.Object(
  { name: Text({ minLength: 1, maxLength: 100 }) },
  { additionalProperties: false },
);
export type CreateGroupBody = Static<typeof CreateGroupBody>;

export const MembershipBody = Type.Object(
  { userId: Id, member: Type.Boolean() },
  { additionalProperties: false },
);
export type MembershipBody = Static<typeof MembershipBody>;

export const Done = Type.Object({ ok: Type.Literal(true) });
export type Done = Static<typeof Done>;
