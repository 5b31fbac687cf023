// Every policy setting the console edits: its words, what it does in one line, and the
// recommendation it follows. The server's schemas (server/schemas/policies.ts) hold the limits.
import type { PolicyKind } from "./api.ts";

export type SettingInput =
  | { type: "number"; min: number; max: number; unit: string }
  | { type: "choice"; options: { value: string; label: string }[] }
  | { type: "switch" }
  | { type: "words" };

export type PolicySetting = {
  key: string;
  label: string;
  does: string;
  follows?: string;
  input: SettingInput;
};

const nist = "NIST SP 800-63B";

export const policySections: { kind: PolicyKind; title: string; settings: PolicySetting[] }[] = [
  {
    kind: "lockout",
    title: "Lockout",
    settings: [
      {
        key: "threshold",
        label: "Failed attempts before locking",
        does: "Consecutive wrong passwords or codes that lock the account.",
        follows: `${nist} rate limiting: at most 100 consecutive failures.`,
        input: { type: "number", min: 1, max: 100, unit: "attempts" },
      },
      {
        key: "mode",
        label: "Unlocking",
        does: "Whether a locked account unlocks itself after a while or waits for an admin.",
        input: {
          type: "choice",
          options: [
            { value: "temporary", label: "By itself after the lock duration" },
            { value: "admin", label: "Only by an admin" },
          ],
        },
      },
      {
        key: "durationMinutes",
        label: "Lock duration",
        does: "How long a temporary lock lasts.",
        input: { type: "number", min: 1, max: 10080, unit: "minutes" },
      },
    ],
  },
  {
    kind: "password",
    title: "Passwords",
    settings: [
      {
        key: "minLength",
        label: "Minimum length",
        does: "The shortest password anyone may choose.",
        follows: `${nist} §3.1.1.2: at least 8; 15 for single-factor accounts.`,
        input: { type: "number", min: 8, max: 64, unit: "characters" },
      },
      {
        key: "maxLength",
        label: "Maximum length",
        does: "The longest password accepted.",
        follows: `${nist} §3.1.1.2: allow at least 64 characters.`,
        input: { type: "number", min: 64, max: 256, unit: "characters" },
      },
      ...(
        [
          ["requireLowercase", "Require a lower-case letter"],
          ["requireUppercase", "Require an upper-case letter"],
          ["requireDigit", "Require a digit"],
          ["requireSymbol", "Require a symbol"],
        ] as const
      ).map(([key, label]) => ({
        key,
        label,
        does: "Composition rule: passwords without one are refused.",
        follows: `${nist} §3.1.1.2 recommends no composition rules: leave off.`,
        input: { type: "switch" as const },
      })),
      {
        key: "historyCount",
        label: "Remembered passwords",
        does: "How many previous passwords cannot be used again (0 turns this off).",
        input: { type: "number", min: 0, max: 24, unit: "passwords" },
      },
      {
        key: "maxAgeDays",
        label: "Password expiry",
        does: "Days after which a password must be changed (0 = never).",
        follows: `${nist} §3.1.1.2 recommends no forced rotation: 0, unless compromised.`,
        input: { type: "number", min: 0, max: 3650, unit: "days" },
      },
      {
        key: "reminderDays",
        label: "Expiry reminders",
        does: "From this many days before expiry, users get mail and a banner.",
        input: { type: "number", min: 1, max: 30, unit: "days" },
      },
      {
        key: "extraBlockedWords",
        label: "Blocked words",
        does: "Your organization's words that no password may contain, separated by commas.",
        follows: `${nist} §3.1.1.2: refuse context-specific words.`,
        input: { type: "words" },
      },
    ],
  },
  {
    kind: "mfa",
    title: "Multi-factor authentication",
    settings: [
      {
        key: "mode",
        label: "MFA",
        does: "Whether every user must set up an authenticator app.",
        follows: `${nist} AAL2: a second factor; require it.`,
        input: {
          type: "choice",
          options: [
            { value: "off", label: "Optional" },
            { value: "required", label: "Required" },
          ],
        },
      },
      {
        key: "gracePeriodDays",
        label: "Grace period",
        does: "Days a user may postpone setting it up after MFA becomes required (0 = none).",
        input: { type: "number", min: 0, max: 90, unit: "days" },
      },
    ],
  },
  {
    kind: "deviceLogin",
    title: "Device login",
    settings: [
      {
        key: "mode",
        label: "Device login",
        does: "Sign-in with Touch ID or Windows Hello (a passkey) instead of a password.",
        follows: `${nist}: prefer phishing-resistant authenticators.`,
        input: {
          type: "choice",
          options: [
            { value: "off", label: "Off" },
            { value: "on", label: "On, any device" },
            { value: "managed", label: "Only on enrolled devices" },
          ],
        },
      },
    ],
  },
  {
    kind: "session",
    title: "Sessions",
    settings: [
      {
        key: "reverifyAfterMinutes",
        label: "Re-verification interval",
        does: "How long after signing in a user is asked for their password again.",
        follows: `${nist} AAL2 periodic reauthentication; the default is 12 hours.`,
        input: { type: "number", min: 5, max: 10080, unit: "minutes" },
      },
      {
        key: "idleMinutes",
        label: "Idle limit",
        does: "Minutes without activity after which the user verifies again.",
        follows: `${nist} AAL2 reauthentication after inactivity; the default is 30.`,
        input: { type: "number", min: 1, max: 1440, unit: "minutes" },
      },
      {
        key: "absoluteLifetimeHours",
        label: "Longest session",
        does: "Hours after which a session ends whatever happens.",
        input: { type: "number", min: 1, max: 2160, unit: "hours" },
      },
    ],
  },
];

/** The profile fields, in the order of the employee's Profile page. */
export const profileFieldLabels: { key: string; label: string }[] = [
  { key: "firstName", label: "First name" },
  { key: "lastName", label: "Last name" },
  { key: "displayName", label: "Display name" },
  { key: "username", label: "Username" },
  { key: "mobilePhone", label: "Mobile phone" },
  { key: "workPhone", label: "Work phone" },
  { key: "homeAddress", label: "Home address" },
  { key: "personalEmail", label: "Personal email" },
  { key: "jobTitle", label: "Job title" },
  { key: "department", label: "Department" },
  { key: "employeeId", label: "Employee ID" },
  { key: "manager", label: "Manager" },
  { key: "costCenter", label: "Cost center" },
  { key: "officeLocation", label: "Office location" },
  { key: "startDate", label: "Start date" },
];
