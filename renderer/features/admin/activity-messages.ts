// The console's words for where a user is signed in and with what, and what happened lately.
import { defineMessages } from "../../../locales/define-messages.ts";

export const activityMessages = defineMessages({
  sessions: { id: "admin.activity.sessions", defaultMessage: "Sessions", description: "Heading" },
  noSessions: {
    id: "admin.activity.noSessions",
    defaultMessage: "Not signed in anywhere.",
    description: "The user has no session",
  },
  sessionMeta: {
    id: "admin.activity.sessionMeta",
    defaultMessage: "{hasIp, select, yes {{ip}} other {unknown address}} · last active {when}",
    description: "Under a session: its address (ip) and when it was last used (a date and time)",
  },
  signOut: { id: "admin.activity.signOut", defaultMessage: "Sign out", description: "Button" },
  signOutLabel: {
    id: "admin.activity.signOutLabel",
    defaultMessage: "Sign out {device}",
    description: "Accessible name of a session's Sign out button; device is e.g. Chrome on macOS",
  },
  signingOut: {
    id: "admin.activity.signingOut",
    defaultMessage: "Signing out…",
    description: "Busy",
  },
  sessionEnded: {
    id: "admin.activity.sessionEnded",
    defaultMessage: "Session ended.",
    description: "Said after ending a session",
  },
  devices: { id: "admin.activity.devices", defaultMessage: "Devices", description: "Heading" },
  noDevices: {
    id: "admin.activity.noDevices",
    defaultMessage: "No enrolled device.",
    description: "The user has no enrolled device",
  },
  deviceMeta: {
    id: "admin.activity.deviceMeta",
    defaultMessage: "{os} · app {version} · last seen {when}",
    description: "Under a device: its system, desktop app version and when it was last seen",
  },
  revoke: { id: "admin.activity.revoke", defaultMessage: "Revoke", description: "Button" },
  revokeLabel: {
    id: "admin.activity.revokeLabel",
    defaultMessage: "Revoke {name}",
    description: "Accessible name of a device's Revoke button; name is the device's name",
  },
  revoking: { id: "admin.activity.revoking", defaultMessage: "Revoking…", description: "Busy" },
  deviceRevoked: {
    id: "admin.activity.deviceRevoked",
    defaultMessage: "Device revoked.",
    description: "Said after revoking a device",
  },
  passkeys: {
    id: "admin.activity.passkeys",
    defaultMessage: "Device logins",
    description: "Heading: the user's passkeys (Touch ID / Windows Hello)",
  },
  noPasskeys: {
    id: "admin.activity.noPasskeys",
    defaultMessage: "No device login set up.",
    description: "The user has no passkey",
  },
  lastUsed: {
    id: "admin.activity.lastUsed",
    defaultMessage: "last used {when}",
    description: "Under a device login; when is a date and time",
  },
  never: {
    id: "admin.activity.never",
    defaultMessage: "never",
    description: "In 'last used never' (lower case)",
  },
  sshKeys: { id: "admin.activity.sshKeys", defaultMessage: "SSH keys", description: "Heading" },
  noSshKeys: {
    id: "admin.activity.noSshKeys",
    defaultMessage: "No SSH key.",
    description: "Empty",
  },
  groups: { id: "admin.activity.groups", defaultMessage: "Groups", description: "Heading" },
  noGroups: { id: "admin.activity.noGroups", defaultMessage: "In no group.", description: "Empty" },
  history: {
    id: "admin.activity.history",
    defaultMessage: "Recent history",
    description: "Heading: the newest audit events about the user",
  },
  noHistory: {
    id: "admin.activity.noHistory",
    defaultMessage: "Nothing yet.",
    description: "Empty",
  },
  by: {
    id: "admin.activity.by",
    defaultMessage: "by {email}",
    description: "Who did it, after an event's time; email is the admin's address",
  },
  unknownDevice: {
    id: "admin.device.unknown",
    defaultMessage: "Unknown device",
    description: "A session whose browser could not be recognized",
  },
  deviceDesktop: {
    id: "admin.device.desktop",
    defaultMessage:
      "{hasSystem, select, yes {Gatehouse desktop app on {system}} other {Gatehouse desktop app}}",
    description: "A session in the desktop app; system is macOS, Windows, …",
  },
  deviceWeb: {
    id: "admin.device.web",
    defaultMessage:
      "{hasBrowser, select, yes {{hasSystem, select, yes {{browser} on {system}} other {{browser}}}} other {{hasSystem, select, yes {Browser on {system}} other {Browser}}}}",
    description: "A session in a browser, e.g. 'Chrome on macOS' (browser and system are names)",
  },
});
