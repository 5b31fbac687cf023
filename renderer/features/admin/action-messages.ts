// The console's words for what an admin does for a user: each action's button, its question,
// what follows, and what is said once it is done; and the user's sessions, devices and history.
import { defineMessages } from "../../../locales/define-messages.ts";

export const actionMessages = defineMessages({
  actions: { id: "admin.actions.title", defaultMessage: "Actions", description: "Card heading" },
  unlock: { id: "admin.actions.unlock", defaultMessage: "Unlock", description: "Button" },
  unlockTitle: {
    id: "admin.actions.unlock.title",
    defaultMessage: "Unlock {name}?",
    description: "Dialog title; name is the user's display name",
  },
  unlockExplains: {
    id: "admin.actions.unlock.explains",
    defaultMessage: "They can sign in again at once. Their failed attempts start over.",
    description: "What unlocking does",
  },
  unlocking: { id: "admin.actions.unlocking", defaultMessage: "Unlocking…", description: "Busy" },
  unlocked: {
    id: "admin.actions.unlocked",
    defaultMessage: "Account unlocked.",
    description: "Said when done",
  },
  resetMfa: { id: "admin.actions.resetMfa", defaultMessage: "Reset MFA", description: "Button" },
  resetMfaTitle: {
    id: "admin.actions.resetMfa.title",
    defaultMessage: "Reset {name}’s multi-factor authentication?",
    description: "Dialog title; name is the user's display name",
  },
  resetMfaExplains: {
    id: "admin.actions.resetMfa.explains",
    defaultMessage:
      "Their authenticator app and recovery codes stop working, they are signed out everywhere, and they set up MFA again at their next sign-in. They get a mail saying so.",
    description: "What resetting MFA does, for a user with an authenticator app",
  },
  resetMfaExplainsNone: {
    id: "admin.actions.resetMfa.explainsNone",
    defaultMessage:
      "They have no authenticator app; any recovery codes go and they are signed out everywhere.",
    description: "What resetting MFA does, for a user without an authenticator app",
  },
  resetting: { id: "admin.actions.resetting", defaultMessage: "Resetting…", description: "Busy" },
  mfaReset: { id: "admin.actions.mfaReset", defaultMessage: "MFA reset.", description: "Done" },
  temporary: {
    id: "admin.actions.temporary",
    defaultMessage: "Temporary password",
    description: "Button",
  },
  temporaryTitle: {
    id: "admin.actions.temporary.title",
    defaultMessage: "Give {name} a temporary password?",
    description: "Dialog title; name is the user's display name",
  },
  temporaryExplains: {
    id: "admin.actions.temporary.explains",
    defaultMessage:
      "Their password stops working and they are signed out everywhere. You see the temporary password once; they must choose their own at the next sign-in.",
    description: "What a temporary password does",
  },
  creating: { id: "admin.actions.creating", defaultMessage: "Creating…", description: "Busy" },
  temporaryCreated: {
    id: "admin.actions.temporaryCreated",
    defaultMessage: "Temporary password created.",
    description: "Done",
  },
  temporaryShown: {
    id: "admin.actions.temporaryShown",
    defaultMessage: "Temporary password, shown once: {password}",
    description: "The temporary password, shown once; password is the password itself",
  },
  done: { id: "admin.actions.done", defaultMessage: "Done", description: "Hides the password" },
  signOut: {
    id: "admin.actions.signOut",
    defaultMessage: "Sign out everywhere",
    description: "Button",
  },
  signOutTitle: {
    id: "admin.actions.signOut.title",
    defaultMessage: "Sign {name} out everywhere?",
    description: "Dialog title; name is the user's display name",
  },
  signOutExplains: {
    id: "admin.actions.signOut.explains",
    defaultMessage:
      "Every session ends, on the web and in the desktop app. They can sign in again.",
    description: "What signing out everywhere does",
  },
  signingOut: {
    id: "admin.actions.signingOut",
    defaultMessage: "Signing out…",
    description: "Busy",
  },
  signedOut: {
    id: "admin.actions.signedOut",
    defaultMessage: "Signed out everywhere.",
    description: "Done",
  },
  disable: {
    id: "admin.actions.disable",
    defaultMessage: "Disable account",
    description: "Button",
  },
  disableTitle: {
    id: "admin.actions.disable.title",
    defaultMessage: "Disable {name}’s account?",
    description: "Dialog title; name is the user's display name",
  },
  disableExplains: {
    id: "admin.actions.disable.explains",
    defaultMessage:
      "They are signed out everywhere and cannot sign in until you enable the account.",
    description: "What disabling does",
  },
  disabling: { id: "admin.actions.disabling", defaultMessage: "Disabling…", description: "Busy" },
  disabled: {
    id: "admin.actions.disabled",
    defaultMessage: "Account disabled.",
    description: "Done",
  },
  enable: { id: "admin.actions.enable", defaultMessage: "Enable account", description: "Button" },
  enableTitle: {
    id: "admin.actions.enable.title",
    defaultMessage: "Enable {name}’s account?",
    description: "Dialog title; name is the user's display name",
  },
  enableExplains: {
    id: "admin.actions.enable.explains",
    defaultMessage: "They can sign in again with their password.",
    description: "What enabling does",
  },
  enabling: { id: "admin.actions.enabling", defaultMessage: "Enabling…", description: "Busy" },
  enabled: { id: "admin.actions.enabled", defaultMessage: "Account enabled.", description: "Done" },
  resendInvitation: {
    id: "admin.actions.resendInvitation",
    defaultMessage: "Send invitation again",
    description: "Button on the page of a user who has not chosen a password yet",
  },
  resendInvitationTitle: {
    id: "admin.actions.resendInvitation.title",
    defaultMessage: "Send {name} a new invitation?",
    description: "Dialog title; name is the user's display name",
  },
  resendInvitationExplains: {
    id: "admin.actions.resendInvitation.explains",
    defaultMessage:
      "They get a new link, valid for three days, to choose their password. The link they have stops working.",
    description: "What sending the invitation again does",
  },
  resending: { id: "admin.actions.resending", defaultMessage: "Sending…", description: "Busy" },
  invitationResent: {
    id: "admin.actions.invitationResent",
    defaultMessage: "A new invitation is on its way.",
    description: "Said when done",
  },
});
