// The Security page's words: its sections, sessions, history and the desktop app card, with the
// SSH keys' own words (ssh-key-messages.ts) under the same name for every component.
import { defineMessages } from "../../../locales/define-messages.ts";
import { sshKeyMessages } from "./ssh-key-messages.ts";

const pageMessages = defineMessages({
  title: {
    id: "security.title",
    defaultMessage: "Security",
    description: "Heading of the Security page",
  },
  description: {
    id: "security.description",
    defaultMessage: "How you sign in, and how your account is protected.",
    description: "Under the Security page heading",
  },
  sectionsLabel: {
    id: "security.sectionsLabel",
    defaultMessage: "Security sections",
    description: "Accessible name of the Security page's section links",
  },
  sectionSignIn: {
    id: "security.section.signIn",
    defaultMessage: "Password and MFA",
    description: "Security section link",
  },
  sectionDevices: {
    id: "security.section.devices",
    defaultMessage: "Devices",
    description: "Security section link",
  },
  sectionSessions: {
    id: "security.section.sessions",
    defaultMessage: "Sessions",
    description: "Security section link",
  },
  sectionSshKeys: {
    id: "security.section.sshKeys",
    defaultMessage: "SSH keys",
    description: "Security section link",
  },
  sectionHistory: {
    id: "security.section.history",
    defaultMessage: "Sign-in history",
    description: "Security section link, and the heading of that card",
  },
  loading: {
    id: "security.load.loading",
    defaultMessage: "Loading…",
    description: "A Security card while its list loads",
  },
  loadFailed: {
    id: "security.load.failed",
    defaultMessage: "This could not be loaded. {problem}",
    description: "A Security card whose list failed to load; problem is the error's text",
  },
  tryAgain: {
    id: "security.load.tryAgain",
    defaultMessage: "Try again",
    description: "Button after a failed load",
  },
  desktopApp: {
    id: "security.desktop.title",
    defaultMessage: "Desktop app",
    description: "Card heading: downloads of the desktop app",
  },
  desktopPitch: {
    id: "security.desktop.pitch",
    defaultMessage:
      "Sign in with Touch ID or Windows Hello and open your apps from the Gatehouse desktop app.",
    description: "Desktop app card in a browser",
  },
  desktopInUse: {
    id: "security.desktop.inUse",
    defaultMessage: "You are using the Gatehouse desktop app {version} on {system}.",
    description: "Desktop app card inside the desktop app; system is macOS, Windows or Linux",
  },
  desktopNotPublished: {
    id: "security.desktop.notPublished",
    defaultMessage: "Your IT administrator has not published the desktop app here yet.",
    description: "Desktop app card without download links",
  },
  downloadsLabel: {
    id: "security.desktop.downloadsLabel",
    defaultMessage: "Desktop app downloads",
    description: "Accessible name of the list of download links",
  },
  downloadFor: {
    id: "security.desktop.downloadFor",
    defaultMessage: "Download for {system}",
    description: "Download button; system is macOS, Windows or Linux",
  },
  sessions: {
    id: "security.sessions.title",
    defaultMessage: "Active sessions",
    description: "Card heading: where the user is signed in",
  },
  signOutOthers: {
    id: "security.sessions.signOutOthers",
    defaultMessage: "Sign out everywhere else",
    description: "Button: end every session but this one",
  },
  signingOut: {
    id: "security.sessions.signingOut",
    defaultMessage: "Signing out…",
    description: "Busy label of sign-out buttons",
  },
  thisSessionBadge: {
    id: "security.sessions.thisSessionBadge",
    defaultMessage: "This session",
    description: "Badge on the session in use",
  },
  sessionMeta: {
    id: "security.sessions.meta",
    defaultMessage:
      "{hasIp, select, yes {{client, select, desktop {Desktop app · {ip} · Signed in {startedAt} · Last active {lastActiveAt}} other {Web · {ip} · Signed in {startedAt} · Last active {lastActiveAt}}}} other {{client, select, desktop {Desktop app · Signed in {startedAt} · Last active {lastActiveAt}} other {Web · Signed in {startedAt} · Last active {lastActiveAt}}}}}",
    description: "Details of one session; startedAt and lastActiveAt are dates with times",
  },
  signOut: {
    id: "security.sessions.signOut",
    defaultMessage: "Sign out",
    description: "Button: end one other session",
  },
  signOutLabel: {
    id: "security.sessions.signOutLabel",
    defaultMessage: "Sign out {device}, last active {lastActiveAt}",
    description: "Accessible name of a session's Sign out button",
  },
  thisSession: {
    id: "security.thisSession.title",
    defaultMessage: "This session",
    description: "Card heading: the session in use",
  },
  lastVerified: {
    id: "security.thisSession.lastVerified",
    defaultMessage: "Last verified",
    description: "When the user last confirmed it was them",
  },
  nextVerification: {
    id: "security.thisSession.next",
    defaultMessage: "Next verification due",
    description: "When the portal will ask again",
  },
  whenIdle: {
    id: "security.thisSession.whenIdle",
    defaultMessage: "When idle",
    description: "The idle rule follows",
  },
  idleRule: {
    id: "security.thisSession.idleRule",
    defaultMessage:
      "We ask again after {minutes, plural, one {# minute} other {# minutes}} without activity.",
    description: "The idle re-verification rule",
  },
  unknownDevice: {
    id: "security.device.unknown",
    defaultMessage: "Unknown device",
    description: "A session or event whose browser could not be recognized",
  },
  deviceDesktop: {
    id: "security.device.desktop",
    defaultMessage:
      "{hasSystem, select, yes {Gatehouse desktop app on {system}} other {Gatehouse desktop app}}",
    description: "A session in the desktop app; system is macOS, Windows, …",
  },
  deviceWeb: {
    id: "security.device.web",
    defaultMessage:
      "{hasBrowser, select, yes {{hasSystem, select, yes {{browser} on {system}} other {{browser}}}} other {{hasSystem, select, yes {Browser on {system}} other {Browser}}}}",
    description: "A session in a browser, e.g. 'Chrome on macOS' (browser and system are names)",
  },
  historyNote: {
    id: "security.history.note",
    defaultMessage: "Your last 100 security events",
    description: "Under the Sign-in history heading",
  },
  show: {
    id: "security.history.show",
    defaultMessage: "Show",
    description: "Accessible legend of the history filter",
  },
  filterSignIns: {
    id: "security.history.filterSignIns",
    defaultMessage: "Sign-ins",
    description: "History filter",
  },
  filterChanges: {
    id: "security.history.filterChanges",
    defaultMessage: "Security changes",
    description: "History filter",
  },
  filterAll: {
    id: "security.history.filterAll",
    defaultMessage: "All",
    description: "History filter",
  },
  noSignIns: {
    id: "security.history.noSignIns",
    defaultMessage: "No sign-ins yet.",
    description: "Empty history (sign-ins)",
  },
  noChanges: {
    id: "security.history.noChanges",
    defaultMessage: "No security changes yet.",
    description: "Empty history (security changes)",
  },
  nothingYet: {
    id: "security.history.nothing",
    defaultMessage: "Nothing here yet.",
    description: "Empty history (all)",
  },
  eventMeta: {
    id: "security.history.meta",
    defaultMessage: "{hasIp, select, yes {{at} · {device} · {ip}} other {{at} · {device}}}",
    description: "Details of one history event: when, which device, from which address",
  },
  notMe: {
    id: "security.history.notMe",
    defaultMessage: "This wasn’t me",
    description: "Button: report an event the user did not do",
  },
  notMeLabel: {
    id: "security.history.notMeLabel",
    defaultMessage: "This wasn’t me: {title}, {at}",
    description: "Accessible name of This wasn't me; title is the event's title",
  },
  secureTitle: {
    id: "security.history.secureTitle",
    defaultMessage: "Secure your account?",
    description: "Dialog title after This wasn't me",
  },
  secureConfirm: {
    id: "security.history.secureConfirm",
    defaultMessage: "Sign out everywhere and lock",
    description: "Red button in the dialog",
  },
  securing: {
    id: "security.history.securing",
    defaultMessage: "Securing…",
    description: "Busy label",
  },
  secureText: {
    id: "security.history.secureText",
    defaultMessage:
      "“{title}” on {at}. We will sign you out on every device and lock your account. Your IT administrator will be told and will help you get back in with a new password.",
    description: "Dialog text after This wasn't me",
  },
  lockedTitle: {
    id: "security.history.lockedTitle",
    defaultMessage: "Your account is locked",
    description: "Dialog after the report",
  },
  lockedText: {
    id: "security.history.lockedText",
    defaultMessage:
      "We signed you out everywhere and locked your account. Your IT administrator has been told and will help you get back in with a new password.",
    description: "Dialog after the report",
  },
  ok: {
    id: "security.history.ok",
    defaultMessage: "OK",
    description: "Button that closes the locked dialog and goes to sign-in",
  },
});

export const securityMessages = { ...pageMessages, ...sshKeyMessages };
