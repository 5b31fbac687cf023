// The admin policies (docs/design.md §1.3), one TypeBox schema and one default per kind. The
// schemas validate every write from the CLI and the admin API, and every read from the database.
import { Type, type Static } from "typebox";
import { LocaleCode } from "./locale.ts";
import { profileFields, type ProfileField } from "./profile.ts";
import { Text } from "./strings.ts";

export const LockoutPolicy = Type.Object(
  {
    /** Consecutive failures that lock the account (default 10, at most 100). */
    threshold: Type.Integer({ minimum: 1, maximum: 100 }),
    /** "temporary" unlocks itself after durationMinutes; "admin" waits for an admin. */
    mode: Type.Union([Type.Literal("temporary"), Type.Literal("admin")]),
    durationMinutes: Type.Integer({ minimum: 1, maximum: 7 * 24 * 60 }),
  },
  { additionalProperties: false },
);
export type LockoutPolicy = Static<typeof LockoutPolicy>;

export const SessionPolicy = Type.Object(
  {
    /** Full re-verification is due this long after the last one (docs/design.md §5: 12 h). */
    reverifyAfterMinutes: Type.Integer({ minimum: 5, maximum: 7 * 24 * 60 }),
    /** Idle sessions re-verify after this long without a request (default 30 min). */
    idleMinutes: Type.Integer({ minimum: 1, maximum: 24 * 60 }),
    /** Hard end of a session whatever happens (default 30 days). */
    absoluteLifetimeHours: Type.Integer({ minimum: 1, maximum: 90 * 24 }),
  },
  { additionalProperties: false },
);
export type SessionPolicy = Static<typeof SessionPolicy>;

export const PasswordPolicy = Type.Object(
  {
    minLength: Type.Integer({ minimum: 8, maximum: 64 }),
    /** NIST SP 800-63B §3.1.1.2: allow at least 64 characters. */
    maxLength: Type.Integer({ minimum: 64, maximum: 256 }),
    requireLowercase: Type.Boolean(),
    requireUppercase: Type.Boolean(),
    requireDigit: Type.Boolean(),
    requireSymbol: Type.Boolean(),
    /** The last N passwords cannot be used again (0 turns history off). */
    historyCount: Type.Integer({ minimum: 0, maximum: 24 }),
    /** 0 = passwords never expire (the default, see docs/admin.md). */
    maxAgeDays: Type.Integer({ minimum: 0, maximum: 3650 }),
    reminderDays: Type.Integer({ minimum: 1, maximum: 30 }),
    /** The organization's own words on top of the common-password list. */
    extraBlockedWords: Type.Array(Text({ minLength: 3, maxLength: 64 }), { maxItems: 500 }),
  },
  { additionalProperties: false },
);
export type PasswordPolicy = Static<typeof PasswordPolicy>;

/** Whether users may change one field of their own profile. */
export const ProfileFieldLock = Type.Union([Type.Literal("editable"), Type.Literal("locked")]);
export type ProfileFieldLock = Static<typeof ProfileFieldLock>;

/** One setting per profile field (the company email is never the user's to change). */
export const ProfilePolicy = Type.Object(
  Object.fromEntries(profileFields.map((field) => [field, ProfileFieldLock])) as Record<
    ProfileField,
    typeof ProfileFieldLock
  >,
  { additionalProperties: false },
);
export type ProfilePolicy = Static<typeof ProfilePolicy>;

export const MfaPolicy = Type.Object(
  {
    /** "required": a user without a factor enrolls at sign-in before the portal opens. */
    mode: Type.Union([Type.Literal("off"), Type.Literal("required")]),
    /** Days from a user's first sign-in under "required" during which they may skip (0 = none). */
    gracePeriodDays: Type.Integer({ minimum: 0, maximum: 90 }),
  },
  { additionalProperties: false },
);
export type MfaPolicy = Static<typeof MfaPolicy>;

export const DeviceLoginPolicy = Type.Object(
  {
    /** Passkey sign-in with Touch ID / Windows Hello: off, on, or only on enrolled devices. */
    mode: Type.Union([Type.Literal("off"), Type.Literal("on"), Type.Literal("managed")]),
  },
  { additionalProperties: false },
);
export type DeviceLoginPolicy = Static<typeof DeviceLoginPolicy>;

export const PushPolicy = Type.Object(
  {
    /**
     * Sign-in approval on the desktop app (push with number matching): off; allowed as a second
     * factor beside TOTP for users with an enrolled desktop app; or required for them (they
     * cannot turn it off, and the code is offered only while push is paused or limited).
     */
    mode: Type.Union([Type.Literal("off"), Type.Literal("allowed"), Type.Literal("required")]),
    /** Push fatigue: at most this many requests per user in any 10 minutes (default 5). */
    maxRequestsPerTenMinutes: Type.Integer({ minimum: 1, maximum: 20 }),
    /** After 3 denials in a row push pauses for the user this long; the code path is offered. */
    pauseMinutes: Type.Integer({ minimum: 5, maximum: 24 * 60 }),
  },
  { additionalProperties: false },
);
export type PushPolicy = Static<typeof PushPolicy>;

export const LanguagePolicy = Type.Object(
  {
    /**
     * The organization's language (docs/design.md §10): the portal's when the browser asks for
     * none Gatehouse ships, and the mails' for users who chose none.
     */
    defaultLocale: LocaleCode,
  },
  { additionalProperties: false },
);
export type LanguagePolicy = Static<typeof LanguagePolicy>;

/**
 * Where employees download the desktop app (Security → Desktop app), per OS: an https address
 * of the organization's signed installer, or empty for the one GATEHOUSE_DESKTOP_DOWNLOAD_* names
 * (docs/admin.md, "Desktop download links").
 */
const DownloadLink = Type.String({ maxLength: 2000, pattern: String.raw`^(|https://\S+)$` });
export const DownloadsPolicy = Type.Object(
  { macos: DownloadLink, windows: DownloadLink, linux: DownloadLink },
  { additionalProperties: false },
);
export type DownloadsPolicy = Static<typeof DownloadsPolicy>;

export const policySchemas = {
  lockout: LockoutPolicy,
  session: SessionPolicy,
  password: PasswordPolicy,
  profile: ProfilePolicy,
  mfa: MfaPolicy,
  deviceLogin: DeviceLoginPolicy,
  push: PushPolicy,
  language: LanguagePolicy,
  downloads: DownloadsPolicy,
} as const;

export type PolicyKind = keyof typeof policySchemas;
export type Policies = {
  lockout: Static<typeof LockoutPolicy>;
  session: Static<typeof SessionPolicy>;
  password: Static<typeof PasswordPolicy>;
  profile: Static<typeof ProfilePolicy>;
  mfa: Static<typeof MfaPolicy>;
  deviceLogin: Static<typeof DeviceLoginPolicy>;
  push: Static<typeof PushPolicy>;
  language: Static<typeof LanguagePolicy>;
  downloads: Static<typeof DownloadsPolicy>;
};

export const policyKinds = Object.keys(policySchemas) as PolicyKind[];

/**
 * Settings a release removed, with why. Stored policies may still carry them (they are dropped on
 * read); a change that names one is refused with this explanation.
 */
export const retiredSettings: Partial<Record<PolicyKind, Record<string, string>>> = {
  profile: {
    editable:
      "was replaced by one setting per field: e.g. department=locked (see docs/admin.md, Profile)",
  },
  lockout: {
    revealLocked:
      "was removed: a locked account is now told only to someone who enters its right password (see docs/admin.md)",
  },
};
export type retiredSettings = Static<typeof retiredSettings>;

export const defaultPolicies: Policies = {
  lockout: { threshold: 10, mode: "temporary", durationMinutes: 15 },
  session: { reverifyAfterMinutes: 12 * 60, idleMinutes: 30, absoluteLifetimeHours: 30 * 24 },
  password: {
    minLength: 12,
    maxLength: 128,
    requireLowercase: false,
    requireUppercase: false,
    requireDigit: false,
    requireSymbol: false,
    historyCount: 5,
    maxAgeDays: 0,
    reminderDays: 7,
    extraBlockedWords: [],
  },
  profile: Object.fromEntries(profileFields.map((field) => [field, "editable"])) as Record<
    ProfileField,
    ProfileFieldLock
  >,
  mfa: { mode: "off", gracePeriodDays: 0 },
  deviceLogin: { mode: "off" },
  push: { mode: "off", maxRequestsPerTenMinutes: 5, pauseMinutes: 60 },
  language: { defaultLocale: "en" },
  downloads: { macos: "", windows: "", linux: "" },
};
