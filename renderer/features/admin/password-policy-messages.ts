// The console's words for the password policy's settings (what each does, which recommendation it
// follows), kept apart from policy-messages.ts, which has every other policy's.
import { defineMessages } from "../../../locales/define-messages.ts";

export const passwordPolicyMessages = defineMessages({
  minLength: {
    id: "admin.policy.minLength",
    defaultMessage: "Minimum length",
    description: "Password setting",
  },
  minLengthDoes: {
    id: "admin.policy.minLengthDoes",
    defaultMessage: "The shortest password anyone may choose.",
    description: "What the setting does",
  },
  minLengthFollows: {
    id: "admin.policy.minLengthFollows",
    defaultMessage: "NIST SP 800-63B §3.1.1.2: at least 8; 15 for single-factor accounts.",
    description: "The recommendation the setting follows (keep NIST SP 800-63B §3.1.1.2)",
  },
  maxLength: {
    id: "admin.policy.maxLength",
    defaultMessage: "Maximum length",
    description: "Password setting",
  },
  maxLengthDoes: {
    id: "admin.policy.maxLengthDoes",
    defaultMessage: "The longest password accepted.",
    description: "What the setting does",
  },
  maxLengthFollows: {
    id: "admin.policy.maxLengthFollows",
    defaultMessage: "NIST SP 800-63B §3.1.1.2: allow at least 64 characters.",
    description: "The recommendation the setting follows (keep NIST SP 800-63B §3.1.1.2)",
  },
  requireLowercase: {
    id: "admin.policy.requireLowercase",
    defaultMessage: "Require a lower-case letter",
    description: "Password composition rule (a switch)",
  },
  requireUppercase: {
    id: "admin.policy.requireUppercase",
    defaultMessage: "Require an upper-case letter",
    description: "Password composition rule (a switch)",
  },
  requireDigit: {
    id: "admin.policy.requireDigit",
    defaultMessage: "Require a digit",
    description: "Password composition rule (a switch)",
  },
  requireSymbol: {
    id: "admin.policy.requireSymbol",
    defaultMessage: "Require a symbol",
    description: "Password composition rule (a switch)",
  },
  compositionDoes: {
    id: "admin.policy.compositionDoes",
    defaultMessage: "Composition rule: passwords without one are refused.",
    description: "What a composition rule does",
  },
  compositionFollows: {
    id: "admin.policy.compositionFollows",
    defaultMessage: "NIST SP 800-63B §3.1.1.2 recommends no composition rules: leave off.",
    description: "The recommendation the composition rules follow (keep NIST SP 800-63B §3.1.1.2)",
  },
  history: {
    id: "admin.policy.history",
    defaultMessage: "Remembered passwords",
    description: "Password setting",
  },
  historyDoes: {
    id: "admin.policy.historyDoes",
    defaultMessage: "How many previous passwords cannot be used again (0 turns this off).",
    description: "What the setting does",
  },
  maxAge: {
    id: "admin.policy.maxAge",
    defaultMessage: "Password expiry",
    description: "Password setting",
  },
  maxAgeDoes: {
    id: "admin.policy.maxAgeDoes",
    defaultMessage: "Days after which a password must be changed (0 = never).",
    description: "What the setting does",
  },
  maxAgeFollows: {
    id: "admin.policy.maxAgeFollows",
    defaultMessage:
      "NIST SP 800-63B §3.1.1.2 recommends no forced rotation: 0, unless compromised.",
    description: "The recommendation the setting follows (keep NIST SP 800-63B §3.1.1.2)",
  },
  reminder: {
    id: "admin.policy.reminder",
    defaultMessage: "Expiry reminders",
    description: "Password setting",
  },
  reminderDoes: {
    id: "admin.policy.reminderDoes",
    defaultMessage: "From this many days before expiry, users get mail and a banner.",
    description: "What the setting does",
  },
  blocked: {
    id: "admin.policy.blocked",
    defaultMessage: "Blocked words",
    description: "Password setting",
  },
  blockedDoes: {
    id: "admin.policy.blockedDoes",
    defaultMessage: "Your organization’s words that no password may contain, separated by commas.",
    description: "What the setting does",
  },
  blockedFollows: {
    id: "admin.policy.blockedFollows",
    defaultMessage: "NIST SP 800-63B §3.1.1.2: refuse context-specific words.",
    description: "The recommendation the setting follows (keep NIST SP 800-63B §3.1.1.2)",
  },
});
