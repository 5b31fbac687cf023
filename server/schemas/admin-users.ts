// Request and response shapes of the admin console's users: the searched, filtered, paged list;
// one user's page (profile, status, factors, devices, keys, sessions, groups, recent history);
// and an admin's profile edit, which may change the company email too.
import { Type, type Static } from "typebox";
import { AdminUser } from "./admin.ts";
import { AuditEntryView } from "./admin-audit.ts";
import { EmailAddress } from "./common.ts";
import { AdminDeviceView, PasskeyView } from "./devices.ts";
import { ProfileChangeBody } from "./profile.ts";
import { SessionView, SshKeyView } from "./security.ts";
import { Text } from "./strings.ts";

export const UserFilter = Type.Union([
  Type.Literal("locked"),
  Type.Literal("disabled"),
  Type.Literal("mfa_not_set_up"),
  Type.Literal("password_expired"),
  Type.Literal("admins"),
  Type.Literal("invited"),
]);
export type UserFilter = Static<typeof UserFilter>;

/** Where the previous page ended, as the last answer's `next` gave it (opaque, base64url). */
export const UserCursor = Type.String({
  minLength: 1,
  maxLength: 600,
  pattern: "^[A-Za-z0-9_-]+$",
});
export type UserCursor = Static<typeof UserCursor>;

export const AdminUserQuery = Type.Object(
  {
    /** Words that begin a name, email, employee ID or department, in any order. */
    q: Type.Optional(Text({ maxLength: 200 })),
    filter: Type.Optional(UserFilter),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
    after: Type.Optional(UserCursor),
  },
  { additionalProperties: false },
);
export type AdminUserQuery = Static<typeof AdminUserQuery>;

const Nullable = Type.Union([Type.String(), Type.Null()]);

export const AdminUserRow = Type.Object({
  ...AdminUser.properties,
  department: Nullable,
  jobTitle: Nullable,
  employeeId: Nullable,
  mfaSetUp: Type.Boolean(),
  invited: Type.Boolean(),
});
export type AdminUserRow = Static<typeof AdminUserRow>;

export const AdminUserPage = Type.Object({
  users: Type.Array(AdminUserRow),
  /** How many users match, on every page. */
  total: Type.Integer(),
  next: Type.Union([UserCursor, Type.Null()]),
});
export type AdminUserPage = Static<typeof AdminUserPage>;

export const AdminUserProfile = Type.Object({
  firstName: Type.String(),
  lastName: Type.String(),
  displayName: Type.String(),
  username: Type.String(),
  mobilePhone: Nullable,
  workPhone: Nullable,
  homeAddress: Nullable,
  personalEmail: Nullable,
  jobTitle: Nullable,
  department: Nullable,
  employeeId: Nullable,
  manager: Nullable,
  costCenter: Nullable,
  officeLocation: Nullable,
  startDate: Nullable,
});
export type AdminUserProfile = Static<typeof AdminUserProfile>;

export const AdminUserDetail = Type.Object({
  user: AdminUser,
  profile: AdminUserProfile,
  createdAt: Type.String({ format: "date-time" }),
  invited: Type.Boolean(),
  mfa: Type.Object({ authenticator: Type.Boolean(), recoveryCodesLeft: Type.Integer() }),
  devices: Type.Array(AdminDeviceView),
  passkeys: Type.Array(PasskeyView),
  sshKeys: Type.Array(SshKeyView),
  sessions: Type.Array(SessionView),
  groups: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
  history: Type.Array(AuditEntryView),
});
export type AdminUserDetail = Static<typeof AdminUserDetail>;

export const AdminProfileChangeBody = Type.Object(
  { ...ProfileChangeBody.properties, email: Type.Optional(EmailAddress) },
  { additionalProperties: false, minProperties: 1 },
);
export type AdminProfileChangeBody = Static<typeof AdminProfileChangeBody>;

export const SessionParams = Type.Object(
  {
    id: Type.String({ minLength: 1, maxLength: 64, pattern: "^[A-Za-z0-9_-]+$" }),
    sessionId: Type.String({ minLength: 1, maxLength: 64, pattern: "^[A-Za-z0-9_-]+$" }),
  },
  { additionalProperties: false },
);
export type SessionParams = Static<typeof SessionParams>;
