// The password feature's words: change, forced change, reset, the checklist and the meter.
import { defineMessages } from "../../../locales/define-messages.ts";

export const passwordMessages = defineMessages({
  enterNew: {
    id: "password.enterNew",
    defaultMessage: "Enter a new password.",
    description: "Error: the new password field is empty",
  },
  notAllMet: {
    id: "password.notAllMet",
    defaultMessage: "The new password does not meet every requirement yet.",
    description: "Error: the checklist has unmet rules",
  },
  typeAgain: {
    id: "password.typeAgain",
    defaultMessage: "Type the new password again.",
    description: "Error: the confirmation is empty",
  },
  mismatch: {
    id: "password.mismatch",
    defaultMessage: "The passwords do not match.",
    description: "Error: the confirmation differs",
  },
  enterCurrent: {
    id: "password.enterCurrent",
    defaultMessage: "Enter your current password.",
    description: "Error: the current password is empty",
  },
  tooWeak: { id: "password.strength.tooWeak", defaultMessage: "Too weak", description: "Meter" },
  almostThere: {
    id: "password.strength.almostThere",
    defaultMessage: "Almost there",
    description: "Meter",
  },
  good: { id: "password.strength.good", defaultMessage: "Good", description: "Meter" },
  strong: { id: "password.strength.strong", defaultMessage: "Strong", description: "Meter" },
  strength: {
    id: "password.strength",
    defaultMessage: "Strength: {level}",
    description: "Under the new password; level is Too weak, Almost there, Good or Strong",
  },
  strengthChecking: {
    id: "password.strength.checking",
    defaultMessage: "Strength: checking…",
    description: "Under the new password while the server judges it",
  },
  changed: {
    id: "password.changed",
    defaultMessage: "Your password was changed. Other devices were signed out.",
    description: "After a change",
  },
  current: {
    id: "password.current",
    defaultMessage: "Current password",
    description: "Field label",
  },
  new: { id: "password.new", defaultMessage: "New password", description: "Field label" },
  confirmNew: {
    id: "password.confirmNew",
    defaultMessage: "Confirm new password",
    description: "Field label",
  },
  saving: { id: "password.saving", defaultMessage: "Saving…", description: "Busy label" },
  cardTitle: { id: "password.card.title", defaultMessage: "Password", description: "Card heading" },
  neverExpires: {
    id: "password.card.neverExpires",
    defaultMessage: "Your password does not expire.",
    description: "Password card when expiry is off",
  },
  expires: {
    id: "password.card.expires",
    defaultMessage: "Expires {date}",
    description: "Password card: the expiry date",
  },
  change: {
    id: "password.card.change",
    defaultMessage: "Change password",
    description: "Button",
  },
  requirements: {
    id: "password.checklist.label",
    defaultMessage: "Password requirements",
    description: "Accessible name of the checklist",
  },
  ruleMinLength: {
    id: "password.rule.min_length",
    defaultMessage: "At least {count, plural, one {# character} other {# characters}}",
    description: "Checklist rule",
  },
  ruleMaxLength: {
    id: "password.rule.max_length",
    defaultMessage: "At most {count, plural, one {# character} other {# characters}}",
    description: "Checklist rule",
  },
  ruleLowercase: {
    id: "password.rule.lowercase",
    defaultMessage: "A lowercase letter",
    description: "Checklist rule",
  },
  ruleUppercase: {
    id: "password.rule.uppercase",
    defaultMessage: "An uppercase letter",
    description: "Checklist rule",
  },
  ruleDigit: {
    id: "password.rule.digit",
    defaultMessage: "A number",
    description: "Checklist rule",
  },
  ruleSymbol: {
    id: "password.rule.symbol",
    defaultMessage: "A symbol, such as ! or #",
    description: "Checklist rule",
  },
  ruleNotCommon: {
    id: "password.rule.not_common",
    defaultMessage: "Not a commonly used password",
    description: "Checklist rule",
  },
  ruleNotPersonal: {
    id: "password.rule.not_personal",
    defaultMessage: "Does not contain your name or email",
    description: "Checklist rule",
  },
  ruleNotRecent: {
    id: "password.rule.not_recent",
    defaultMessage: "Not one of your last {count, plural, one {# password} other {# passwords}}",
    description: "Checklist rule",
  },
  checkedOnSave: {
    id: "password.checklist.onSave",
    defaultMessage: "(checked when you save)",
    description: "After a rule that is checked only when saving (history)",
  },
  ruleDone: {
    id: "password.checklist.done",
    defaultMessage: "— done",
    description: "Said by screen readers after a met rule",
  },
  ruleNotYet: {
    id: "password.checklist.notYet",
    defaultMessage: "— not yet",
    description: "Said by screen readers after an unmet rule",
  },
  forcedTitle: {
    id: "password.forced.title",
    defaultMessage: "Choose a new password",
    description: "Heading of the forced change and the reset page",
  },
  forcedExpired: {
    id: "password.forced.expired",
    defaultMessage: "Your password has expired. Choose a new one to continue.",
    description: "Forced change after expiry",
  },
  forcedTemporary: {
    id: "password.forced.temporary",
    defaultMessage: "Your administrator set a temporary password. Choose your own to continue.",
    description: "Forced change after a temporary password",
  },
  saveAndContinue: {
    id: "password.forced.save",
    defaultMessage: "Save and continue",
    description: "Button",
  },
  notYou: {
    id: "password.forced.notYou",
    defaultMessage: "Not {email}? <button>Sign out</button>",
    description: "Footer; <button> signs out",
  },
  expiryBanner: {
    id: "password.expiryBanner",
    defaultMessage:
      "Your password expires in {days, plural, one {# day} other {# days}}. Choose a new one now to keep signing in without interruption.",
    description: "Banner across the portal before the password expires",
  },
  resetDone: {
    id: "password.reset.doneTitle",
    defaultMessage: "Your password was reset",
    description: "Reset page heading after success",
  },
  linkBroken: {
    id: "password.reset.brokenTitle",
    defaultMessage: "This link no longer works",
    description: "Reset page heading for a bad link",
  },
  linkIncomplete: {
    id: "password.reset.incomplete",
    defaultMessage:
      "This reset link is incomplete. Open the link from the email again, or ask for a new one.",
    description: "Reset page: the link has no token",
  },
  signedOutEverywhere: {
    id: "password.reset.signedOut",
    defaultMessage: "Every session was signed out. Sign in with your new password.",
    description: "After a reset",
  },
  goToSignIn: {
    id: "password.reset.goToSignIn",
    defaultMessage: "Go to sign in",
    description: "Button",
  },
  checkingLink: {
    id: "password.reset.checking",
    defaultMessage: "Checking your reset link…",
    description: "While the link is checked",
  },
  sendNewLink: {
    id: "password.reset.sendNew",
    defaultMessage: "Send a new link",
    description: "Button",
  },
  backToSignIn: {
    id: "password.reset.back",
    defaultMessage: "Back to sign in",
    description: "Button",
  },
  needsCode: {
    id: "password.reset.needsCode",
    defaultMessage:
      "Your account uses an authenticator app. Enter its code (or a recovery code) to finish the reset.",
    description: "Reset page: MFA is needed too",
  },
  reset: {
    id: "password.reset.submit",
    defaultMessage: "Reset password",
    description: "Button",
  },
});
