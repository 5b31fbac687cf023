// Request and response shapes of the Security tab's API: SSH keys, sessions, sign-in history.
import { Type, type Static } from "typebox";
import { Identifier, MultiLineText, Text } from "./strings.ts";

export const IdParams = Type.Object({ id: Identifier() }, { additionalProperties: false });
export type IdParams = Static<typeof IdParams>;

export const AddSshKeyBody = Type.Object(
  {
    name: Text({ maxLength: 100 }),
    // Larger than any real public key, small enough to refuse before any work is done. Several
    // lines: an RFC 4716 block or a PEM key is converted (lib/openssh/ssh-key-formats.ts).
    publicKey: MultiLineText({ minLength: 1, maxLength: 16_384 }),
  },
  { additionalProperties: false },
);
export type AddSshKeyBody = Static<typeof AddSshKeyBody>;

export const SshKeyView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  type: Type.String(),
  bits: Type.Integer(),
  fingerprint: Type.String(),
  comment: Type.String(),
  addedAt: Type.String({ format: "date-time" }),
});
export type SshKeyView = Static<typeof SshKeyView>;

export const SshKeyList = Type.Object({ keys: Type.Array(SshKeyView) });
export type SshKeyList = Static<typeof SshKeyList>;

/** What a User-Agent said, as names the portal puts in its own words (server/security/user-agent.ts). */
const DeviceNames = {
  client: Type.Union([Type.Literal("desktop"), Type.Literal("web")]),
  browser: Type.Union([Type.String(), Type.Null()]),
  system: Type.Union([Type.String(), Type.Null()]),
};

export const SessionView = Type.Object({
  id: Type.String(),
  current: Type.Boolean(),
  ...DeviceNames,
  /** In English, for programs. */
  device: Type.String(),
  ip: Type.Union([Type.String(), Type.Null()]),
  startedAt: Type.String({ format: "date-time" }),
  lastActiveAt: Type.String({ format: "date-time" }),
});
export type SessionView = Static<typeof SessionView>;

export const SessionList = Type.Object({ sessions: Type.Array(SessionView) });
export type SessionList = Static<typeof SessionList>;

export const RevokedCount = Type.Object({ revoked: Type.Integer() });
export type RevokedCount = Static<typeof RevokedCount>;

export const SecurityEventView = Type.Object({
  id: Type.String(),
  /** The stable event name, for programs; people read `title` and `detail`. */
  event: Type.String(),
  /** The event in words, from server/audit/event-catalogue.ts. */
  title: Type.String(),
  /** Why, in words ("wrong password"), or null. */
  detail: Type.Union([Type.String(), Type.Null()]),
  /**
   * Why, as a stable name ("wrong_password", "5 consecutive failures") for the portal's own
   * words; null when `detail` is (no reason, or one this version has no words for).
   */
  reason: Type.Union([Type.String(), Type.Null()]),
  category: Type.Union([
    Type.Literal("sign_in"),
    Type.Literal("security_change"),
    Type.Literal("administration"),
  ]),
  /** Whether "This wasn't me" is offered (sign-ins and factor changes). */
  reportable: Type.Boolean(),
  at: Type.String({ format: "date-time" }),
  device: Type.String(),
  ...DeviceNames,
  ip: Type.Union([Type.String(), Type.Null()]),
});
export type SecurityEventView = Static<typeof SecurityEventView>;

export const SecurityEventList = Type.Object({ events: Type.Array(SecurityEventView) });
export type SecurityEventList = Static<typeof SecurityEventList>;

export const ReportOutcome = Type.Object({ locked: Type.Literal(true), message: Type.String() });
export type ReportOutcome = Static<typeof ReportOutcome>;

/** Where to download the desktop app, as IT configured it (GET /api/desktop-app). */
export const DesktopApp = Type.Object({
  downloads: Type.Array(
    Type.Object({
      os: Type.Union([Type.Literal("darwin"), Type.Literal("win32"), Type.Literal("linux")]),
      url: Type.String(),
    }),
  ),
});
export type DesktopApp = Static<typeof DesktopApp>;

/** authorized_keys for one user or one group's members; neither: everyone. */
export const AuthorizedKeysQuery = Type.Object(
  {
    userId: Type.Optional(Identifier()),
    groupId: Type.Optional(Identifier()),
  },
  { additionalProperties: false },
);
export type AuthorizedKeysQuery = Static<typeof AuthorizedKeysQuery>;

/** authorized_keys as sshd reads it (text/plain): one key per line, each with its comment. */
export const AuthorizedKeysText = Type.String();
export type AuthorizedKeysText = Static<typeof AuthorizedKeysText>;
