// Every policy setting the console edits: its words, what it does in one line, and the
// recommendation it follows (policy-messages.ts). The server's schemas
// (server/schemas/policies.ts) hold the limits.
import type { MessageDescriptor } from "react-intl";
import type { PolicyKind } from "./api.ts";
import { policyMessages as m } from "./policy-messages.ts";

export type SettingInput =
  | { type: "number"; min: number; max: number; unit: MessageDescriptor }
  | { type: "choice"; options: { value: string; label: MessageDescriptor }[] }
  | { type: "switch" }
  | { type: "words" };

export type PolicySetting = {
  key: string;
  label: MessageDescriptor;
  does: MessageDescriptor;
  follows?: MessageDescriptor;
  input: SettingInput;
};

const number = (min: number, max: number, unit: MessageDescriptor): SettingInput => ({
  type: "number",
  min,
  max,
  unit,
});

export const policySections: {
  kind: PolicyKind;
  title: MessageDescriptor;
  settings: PolicySetting[];
}[] = [
  {
    kind: "lockout",
    title: m.lockoutTitle,
    settings: [
      {
        key: "threshold",
        label: m.threshold,
        does: m.thresholdDoes,
        follows: m.thresholdFollows,
        input: number(1, 100, m.unitAttempts),
      },
      {
        key: "mode",
        label: m.lockMode,
        does: m.lockModeDoes,
        input: {
          type: "choice",
          options: [
            { value: "temporary", label: m.lockModeTemporary },
            { value: "admin", label: m.lockModeAdmin },
          ],
        },
      },
      {
        key: "durationMinutes",
        label: m.duration,
        does: m.durationDoes,
        input: number(1, 10080, m.unitMinutes),
      },
    ],
  },
  {
    kind: "password",
    title: m.passwordTitle,
    settings: [
      {
        key: "minLength",
        label: m.minLength,
        does: m.minLengthDoes,
        follows: m.minLengthFollows,
        input: number(8, 64, m.unitCharacters),
      },
      {
        key: "maxLength",
        label: m.maxLength,
        does: m.maxLengthDoes,
        follows: m.maxLengthFollows,
        input: number(64, 256, m.unitCharacters),
      },
      ...(
        [
          ["requireLowercase", m.requireLowercase],
          ["requireUppercase", m.requireUppercase],
          ["requireDigit", m.requireDigit],
          ["requireSymbol", m.requireSymbol],
        ] as const
      ).map(([key, label]) => ({
        key,
        label,
        does: m.compositionDoes,
        follows: m.compositionFollows,
        input: { type: "switch" as const },
      })),
      {
        key: "historyCount",
        label: m.history,
        does: m.historyDoes,
        input: number(0, 24, m.unitPasswords),
      },
      {
        key: "maxAgeDays",
        label: m.maxAge,
        does: m.maxAgeDoes,
        follows: m.maxAgeFollows,
        input: number(0, 3650, m.unitDays),
      },
      {
        key: "reminderDays",
        label: m.reminder,
        does: m.reminderDoes,
        input: number(1, 30, m.unitDays),
      },
      {
        key: "extraBlockedWords",
        label: m.blocked,
        does: m.blockedDoes,
        follows: m.blockedFollows,
        input: { type: "words" },
      },
    ],
  },
  {
    kind: "mfa",
    title: m.mfaTitle,
    settings: [
      {
        key: "mode",
        label: m.mfaMode,
        does: m.mfaModeDoes,
        follows: m.mfaModeFollows,
        input: {
          type: "choice",
          options: [
            { value: "off", label: m.mfaOptional },
            { value: "required", label: m.mfaRequired },
          ],
        },
      },
      {
        key: "gracePeriodDays",
        label: m.grace,
        does: m.graceDoes,
        input: number(0, 90, m.unitDays),
      },
    ],
  },
  {
    kind: "deviceLogin",
    title: m.deviceLoginTitle,
    settings: [
      {
        key: "mode",
        label: m.deviceLogin,
        does: m.deviceLoginDoes,
        follows: m.deviceLoginFollows,
        input: {
          type: "choice",
          options: [
            { value: "off", label: m.deviceLoginOff },
            { value: "on", label: m.deviceLoginOn },
            { value: "managed", label: m.deviceLoginManaged },
          ],
        },
      },
    ],
  },
  {
    kind: "session",
    title: m.sessionTitle,
    settings: [
      {
        key: "reverifyAfterMinutes",
        label: m.reverify,
        does: m.reverifyDoes,
        follows: m.reverifyFollows,
        input: number(5, 10080, m.unitMinutes),
      },
      {
        key: "idleMinutes",
        label: m.idle,
        does: m.idleDoes,
        follows: m.idleFollows,
        input: number(1, 1440, m.unitMinutes),
      },
      {
        key: "absoluteLifetimeHours",
        label: m.lifetime,
        does: m.lifetimeDoes,
        input: number(1, 2160, m.unitHours),
      },
    ],
  },
];

/** The profile fields, in the order of the employee's Profile page. */
export const profileFields = [
  "firstName",
  "lastName",
  "displayName",
  "username",
  "mobilePhone",
  "workPhone",
  "homeAddress",
  "personalEmail",
  "jobTitle",
  "department",
  "employeeId",
  "manager",
  "costCenter",
  "officeLocation",
  "startDate",
] as const;
