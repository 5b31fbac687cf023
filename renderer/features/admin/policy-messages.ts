// The console's words for the policies: each setting's name, what it does in one line and the
// recommendation it follows, the choices and units, and the page around them.
import { defineMessages } from "../../../locales/define-messages.ts";
import { passwordPolicyMessages } from "./password-policy-messages.ts";

export const policyMessages = {
  ...passwordPolicyMessages,
  ...defineMessages({
    lockoutTitle: {
      id: "admin.policy.lockoutTitle",
      defaultMessage: "Lockout",
      description: "Policy card heading",
    },
    passwordTitle: {
      id: "admin.policy.passwordTitle",
      defaultMessage: "Passwords",
      description: "Policy card heading",
    },
    mfaTitle: {
      id: "admin.policy.mfaTitle",
      defaultMessage: "Multi-factor authentication",
      description: "Policy card heading",
    },
    deviceLoginTitle: {
      id: "admin.policy.deviceLoginTitle",
      defaultMessage: "Device login",
      description: "Policy card heading",
    },
    sessionTitle: {
      id: "admin.policy.sessionTitle",
      defaultMessage: "Sessions",
      description: "Policy card heading",
    },
    profileTitle: {
      id: "admin.policy.profileTitle",
      defaultMessage: "Profile editing",
      description: "Policy card heading: which profile fields users may change",
    },
    threshold: {
      id: "admin.policy.threshold",
      defaultMessage: "Failed attempts before locking",
      description: "Lockout setting",
    },
    thresholdDoes: {
      id: "admin.policy.thresholdDoes",
      defaultMessage: "Consecutive wrong passwords or codes that lock the account.",
      description: "What the setting does",
    },
    thresholdFollows: {
      id: "admin.policy.thresholdFollows",
      defaultMessage: "NIST SP 800-63B rate limiting: at most 100 consecutive failures.",
      description: "The recommendation the setting follows (keep NIST SP 800-63B)",
    },
    lockMode: {
      id: "admin.policy.lockMode",
      defaultMessage: "Unlocking",
      description: "Lockout setting: how a locked account unlocks",
    },
    lockModeDoes: {
      id: "admin.policy.lockModeDoes",
      defaultMessage:
        "Whether a locked account unlocks itself after a while or waits for an admin.",
      description: "What the setting does",
    },
    lockModeTemporary: {
      id: "admin.policy.lockModeTemporary",
      defaultMessage: "By itself after the lock duration",
      description: "Choice of the Unlocking setting",
    },
    lockModeAdmin: {
      id: "admin.policy.lockModeAdmin",
      defaultMessage: "Only by an admin",
      description: "Choice of the Unlocking setting",
    },
    duration: {
      id: "admin.policy.duration",
      defaultMessage: "Lock duration",
      description: "Lockout setting",
    },
    durationDoes: {
      id: "admin.policy.durationDoes",
      defaultMessage: "How long a temporary lock lasts.",
      description: "What the setting does",
    },
    mfaMode: {
      id: "admin.policy.mfaMode",
      defaultMessage: "MFA",
      description: "MFA setting: optional or required",
    },
    mfaModeDoes: {
      id: "admin.policy.mfaModeDoes",
      defaultMessage: "Whether every user must set up an authenticator app.",
      description: "What the setting does",
    },
    mfaModeFollows: {
      id: "admin.policy.mfaModeFollows",
      defaultMessage: "NIST SP 800-63B AAL2: a second factor; require it.",
      description: "The recommendation the setting follows (keep NIST SP 800-63B AAL2)",
    },
    mfaOptional: {
      id: "admin.policy.mfaOptional",
      defaultMessage: "Optional",
      description: "Choice of the MFA setting",
    },
    mfaRequired: {
      id: "admin.policy.mfaRequired",
      defaultMessage: "Required",
      description: "Choice of the MFA setting",
    },
    grace: {
      id: "admin.policy.grace",
      defaultMessage: "Grace period",
      description: "MFA setting",
    },
    graceDoes: {
      id: "admin.policy.graceDoes",
      defaultMessage:
        "Days a user may postpone setting it up after MFA becomes required (0 = none).",
      description: "What the setting does",
    },
    deviceLogin: {
      id: "admin.policy.deviceLogin",
      defaultMessage: "Device login",
      description: "Device login setting",
    },
    deviceLoginDoes: {
      id: "admin.policy.deviceLoginDoes",
      defaultMessage: "Sign-in with Touch ID or Windows Hello (a passkey) instead of a password.",
      description: "What the setting does (keep Touch ID and Windows Hello)",
    },
    deviceLoginFollows: {
      id: "admin.policy.deviceLoginFollows",
      defaultMessage: "NIST SP 800-63B: prefer phishing-resistant authenticators.",
      description: "The recommendation the setting follows (keep NIST SP 800-63B)",
    },
    deviceLoginOff: {
      id: "admin.policy.deviceLoginOff",
      defaultMessage: "Off",
      description: "Choice of the Device login setting",
    },
    deviceLoginOn: {
      id: "admin.policy.deviceLoginOn",
      defaultMessage: "On, any device",
      description: "Choice of the Device login setting",
    },
    deviceLoginManaged: {
      id: "admin.policy.deviceLoginManaged",
      defaultMessage: "Only on enrolled devices",
      description: "Choice of the Device login setting",
    },
    reverify: {
      id: "admin.policy.reverify",
      defaultMessage: "Re-verification interval",
      description: "Session setting",
    },
    reverifyDoes: {
      id: "admin.policy.reverifyDoes",
      defaultMessage: "How long after signing in a user is asked for their password again.",
      description: "What the setting does",
    },
    reverifyFollows: {
      id: "admin.policy.reverifyFollows",
      defaultMessage: "NIST SP 800-63B AAL2 periodic reauthentication; the default is 12 hours.",
      description: "The recommendation the setting follows (keep NIST SP 800-63B AAL2)",
    },
    idle: {
      id: "admin.policy.idle",
      defaultMessage: "Idle limit",
      description: "Session setting",
    },
    idleDoes: {
      id: "admin.policy.idleDoes",
      defaultMessage: "Minutes without activity after which the user verifies again.",
      description: "What the setting does",
    },
    idleFollows: {
      id: "admin.policy.idleFollows",
      defaultMessage: "NIST SP 800-63B AAL2 reauthentication after inactivity; the default is 30.",
      description: "The recommendation the setting follows (keep NIST SP 800-63B AAL2)",
    },
    lifetime: {
      id: "admin.policy.lifetime",
      defaultMessage: "Longest session",
      description: "Session setting",
    },
    lifetimeDoes: {
      id: "admin.policy.lifetimeDoes",
      defaultMessage: "Hours after which a session ends whatever happens.",
      description: "What the setting does",
    },
    fieldDoes: {
      id: "admin.policy.fieldDoes",
      defaultMessage: "Whether users may change this field themselves.",
      description: "What a profile field lock does",
    },
    fieldEditable: {
      id: "admin.policy.fieldEditable",
      defaultMessage: "Editable by the user",
      description: "Choice of a profile field's lock",
    },
    fieldLocked: {
      id: "admin.policy.fieldLocked",
      defaultMessage: "Locked (admins change it)",
      description: "Choice of a profile field's lock",
    },
    unitAttempts: {
      id: "admin.policy.unitAttempts",
      defaultMessage: "attempts",
      description: "Unit beside a number field",
    },
    unitMinutes: {
      id: "admin.policy.unitMinutes",
      defaultMessage: "minutes",
      description: "Unit beside a number field",
    },
    unitCharacters: {
      id: "admin.policy.unitCharacters",
      defaultMessage: "characters",
      description: "Unit beside a number field",
    },
    unitPasswords: {
      id: "admin.policy.unitPasswords",
      defaultMessage: "passwords",
      description: "Unit beside a number field",
    },
    unitDays: {
      id: "admin.policy.unitDays",
      defaultMessage: "days",
      description: "Unit beside a number field",
    },
    unitHours: {
      id: "admin.policy.unitHours",
      defaultMessage: "hours",
      description: "Unit beside a number field",
    },
    pageTitle: {
      id: "admin.policy.pageTitle",
      defaultMessage: "Policies",
      description: "Policies page heading",
    },
    pageDescription: {
      id: "admin.policy.pageDescription",
      defaultMessage:
        "How people sign in, how long sessions last and what users may change themselves.",
      description: "Under the Policies heading",
    },
    loadingPolicies: {
      id: "admin.policy.loadingPolicies",
      defaultMessage: "Loading policies…",
      description: "While the policies load",
    },
    save: {
      id: "admin.policy.save",
      defaultMessage: "Save {policy}",
      description: "Button that saves one policy card; policy is its heading",
    },
    lastChanged: {
      id: "admin.policy.lastChanged",
      defaultMessage:
        "Last changed {date} by {who, select, admin {{email}} cli {the admin command line} other {a removed account}}.",
      description: "After a setting's description; date is a date, email an admin's address",
    },
  }),
};
