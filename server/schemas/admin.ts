// Request and response shapes of /api/admin/*.
import { Type, type Static } from "typebox";
import {
  DeviceLoginPolicy,
  LanguagePolicy,
  DownloadsPolicy,
  LockoutPolicy,
  MfaPolicy,
  PasswordPolicy,
  ProfilePolicy,
  PushPolicy,
  SessionPolicy,
} from "./policies.ts";
import { EmailAddress } from "./common.ts";
import { Identifier, Text, TextKeyedRecord } from "./strings.ts";

const Name = Text({ minLength: 1, maxLength: 100 });

export const AdminUser = Type.Object({
  id: Type.String(),
  email: Type.String(),
  displayName: Type.String(),
  role: Type.Union([Type.Literal("user"), Type.Literal("admin")]),
  status: Type.Union([Type.Literal("active"), Type.Literal("disabled")]),
  locked: Type.Boolean(),
  lockedUntil: Type.Union([Type.String({ format: "date-time" }), Type.Null()]),
  failedAttempts: Type.Integer(),
  mustChangePassword: Type.Boolean(),
});
export type AdminUser = Static<typeof AdminUser>;

export const AdminUserList = Type.Object({ users: Type.Array(AdminUser) });
export type AdminUserList = Static<typeof AdminUserList>;

export const UserIdParams = Type.Object({ id: Identifier() }, { additionalProperties: false });
export type UserIdParams = Static<typeof UserIdParams>;

export const CreateUserBody = Type.Object(
  {
    email: EmailAddress,
    firstName: Name,
    lastName: Name,
    role: Type.Optional(Type.Union([Type.Literal("user"), Type.Literal("admin")])),
    /** Mail the user a link to choose their own password instead of a temporary one. */
    invite: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type CreateUserBody = Static<typeof CreateUserBody>;

export const UserWithTemporaryPassword = Type.Object({
  user: AdminUser,
  /** Shown once; the user must replace it at their next sign-in. Absent for an invitation. */
  temporaryPassword: Type.Optional(Type.String()),
});
export type UserWithTemporaryPassword = Static<typeof UserWithTemporaryPassword>;

export const UserStatusBody = Type.Object(
  { status: Type.Union([Type.Literal("active"), Type.Literal("disabled")]) },
  { additionalProperties: false },
);
export type UserStatusBody = Static<typeof UserStatusBody>;

export const UserRoleBody = Type.Object(
  { role: Type.Union([Type.Literal("user"), Type.Literal("admin")]) },
  { additionalProperties: false },
);
export type UserRoleBody = Static<typeof UserRoleBody>;

export const PolicyKindParams = Type.Object(
  {
    kind: Type.Union([
      Type.Literal("lockout"),
      Type.Literal("session"),
      Type.Literal("password"),
      Type.Literal("profile"),
      Type.Literal("mfa"),
      Type.Literal("push"),
      Type.Literal("deviceLogin"),
      Type.Literal("language"),
      Type.Literal("downloads"),
    ]),
  },
  { additionalProperties: false },
);
export type PolicyKindParams = Static<typeof PolicyKindParams>;

/** A partial policy: merged over the current one, then the whole is validated. */
export const PolicyChangeBody = TextKeyedRecord(Type.Unknown(), {
  maxKeyLength: 64,
  maxProperties: 20,
});
export type PolicyChangeBody = Static<typeof PolicyChangeBody>;

export const AllPolicies = Type.Object({
  lockout: LockoutPolicy,
  session: SessionPolicy,
  password: PasswordPolicy,
  profile: ProfilePolicy,
  mfa: MfaPolicy,
  push: PushPolicy,
  deviceLogin: DeviceLoginPolicy,
  language: LanguagePolicy,
  downloads: DownloadsPolicy,
});
export type AllPolicies = Static<typeof AllPolicies>;

export const AnyPolicy = Type.Union([
  LockoutPolicy,
  SessionPolicy,
  PasswordPolicy,
  ProfilePolicy,
  MfaPolicy,
  PushPolicy,
  DeviceLoginPolicy,
  LanguagePolicy,
  DownloadsPolicy,
]);
export type AnyPolicy = Static<typeof AnyPolicy>;

/** Who changed each policy setting last, keyed "kind.setting" (e.g. "lockout.threshold"). */
export const PolicySettingChanges = Type.Object({
  changes: Type.Record(
    Type.String(),
    Type.Object({
      changedAt: Type.String({ format: "date-time" }),
      changedBy: Type.Union([Type.String(), Type.Null()]),
      /** The admin's email while the account exists; null for the CLI. */
      changedByEmail: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
});
export type PolicySettingChanges = Static<typeof PolicySettingChanges>;

export const SsoKeyRotationBody = Type.Object(
  {
    purpose: Type.Union([
      Type.Literal("oidc-signing"),
      Type.Literal("saml-signing"),
      Type.Literal("oidc-cookie"),
    ]),
  },
  { additionalProperties: false },
);
export type SsoKeyRotationBody = Static<typeof SsoKeyRotationBody>;
