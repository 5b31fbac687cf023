// Why a sign-in failed or an account was locked, in words: each stored reason by its stable
// name (server/audit/audit-log.ts), for the sign-in history.
import type { MessageDescriptor } from "react-intl";
import { defineMessages } from "../../locales/define-messages.ts";

export const reasonWords: Record<string, MessageDescriptor> = defineMessages({
  wrong_password: {
    id: "security.reason.wrong_password",
    defaultMessage: "wrong password",
    description: "Sign-in history: why an event happened, shown after its title (lower case)",
  },
  unknown_account: {
    id: "security.reason.unknown_account",
    defaultMessage: "unknown account",
    description: "Sign-in history: why an event happened, shown after its title (lower case)",
  },
  account_disabled: {
    id: "security.reason.account_disabled",
    defaultMessage: "account disabled",
    description: "Sign-in history: why an event happened, shown after its title (lower case)",
  },
  locked: {
    id: "security.reason.locked",
    defaultMessage: "account locked",
    description: "Sign-in history: why an event happened, shown after its title (lower case)",
  },
  locked_wrong_password: {
    id: "security.reason.locked_wrong_password",
    defaultMessage: "wrong password while locked",
    description: "Sign-in history: why an event happened, shown after its title (lower case)",
  },
  reported_compromise: {
    id: "security.reason.reported_compromise",
    defaultMessage: "reported as not recognized by the user",
    description: "Sign-in history: why an event happened, shown after its title (lower case)",
  },
  not_admin: {
    id: "security.reason.not_admin",
    defaultMessage: "not an admin",
    description: "Sign-in history: why an event happened, shown after its title (lower case)",
  },
  invalid: {
    id: "security.reason.invalid",
    defaultMessage: "wrong code",
    description: "Sign-in history: why an event happened, shown after its title (lower case)",
  },
  malformed: {
    id: "security.reason.malformed",
    defaultMessage: "not a valid code",
    description: "Sign-in history: why an event happened, shown after its title (lower case)",
  },
  replayed: {
    id: "security.reason.replayed",
    defaultMessage: "code already used",
    description: "Sign-in history: why an event happened, shown after its title (lower case)",
  },
  no_factor: {
    id: "security.reason.no_factor",
    defaultMessage: "no authenticator set up",
    description: "Sign-in history: why an event happened, shown after its title (lower case)",
  },
  totp_invalid: {
    id: "security.reason.totp_invalid",
    defaultMessage: "wrong code",
    description: "Sign-in history: why an event happened, shown after its title (lower case)",
  },
  totp_malformed: {
    id: "security.reason.totp_malformed",
    defaultMessage: "not a valid code",
    description: "Sign-in history: why an event happened, shown after its title (lower case)",
  },
  totp_replayed: {
    id: "security.reason.totp_replayed",
    defaultMessage: "code already used",
    description: "Sign-in history: why an event happened, shown after its title (lower case)",
  },
  totp_not_started: {
    id: "security.reason.totp_not_started",
    defaultMessage: "setup had not started",
    description: "Sign-in history: why an event happened, shown after its title (lower case)",
  },
  assertion_invalid: {
    id: "security.reason.assertion_invalid",
    defaultMessage: "the device's answer was not valid",
    description: "Sign-in history: why an event happened, shown after its title (lower case)",
  },
  challenge_invalid: {
    id: "security.reason.challenge_invalid",
    defaultMessage: "the request had expired",
    description: "Sign-in history: why an event happened, shown after its title (lower case)",
  },
  credential_unknown: {
    id: "security.reason.credential_unknown",
    defaultMessage: "unknown device login",
    description: "Sign-in history: why an event happened, shown after its title (lower case)",
  },
  user_inactive: {
    id: "security.reason.user_inactive",
    defaultMessage: "account disabled",
    description: "Sign-in history: why an event happened, shown after its title (lower case)",
  },
  throttled: {
    id: "security.reason.throttled",
    defaultMessage: "too many requests",
    description: "Sign-in history: why an event happened, shown after its title (lower case)",
  },
  denied: {
    id: "security.reason.denied",
    defaultMessage: "too many wrong codes",
    description: "Sign-in history: why an event happened, shown after its title (lower case)",
  },
  expired: {
    id: "security.reason.expired",
    defaultMessage: "the key had expired",
    description: "Sign-in history: why an event happened, shown after its title (lower case)",
  },
  interval: {
    id: "security.reason.interval",
    defaultMessage: "verification due",
    description: "Sign-in history: why an event happened, shown after its title (lower case)",
  },
  idle: {
    id: "security.reason.idle",
    defaultMessage: "after inactivity",
    description: "Sign-in history: why an event happened, shown after its title (lower case)",
  },
  consecutiveFailures: {
    id: "security.reason.consecutiveFailures",
    defaultMessage: "after {count, plural, one {# failed attempt} other {# failed attempts}}",
    description: "Sign-in history: an account was locked after this many failed attempts",
  },
});
