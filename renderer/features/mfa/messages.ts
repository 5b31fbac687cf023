// Multi-factor authentication's words: the Security card, setup, recovery codes and enrollment.
import { defineMessages } from "../../../locales/define-messages.ts";

export const mfaMessages = defineMessages({
  title: {
    id: "mfa.title",
    defaultMessage: "Multi-factor authentication",
    description: "Card heading in Security",
  },
  on: { id: "mfa.on", defaultMessage: "On", description: "Badge: MFA is on" },
  off: { id: "mfa.off", defaultMessage: "Off", description: "Badge: MFA is off" },
  loading: { id: "mfa.loading", defaultMessage: "Loading…", description: "MFA card loading" },
  newAppSetUp: {
    id: "mfa.newAppSetUp",
    defaultMessage: "Your new authenticator app is set up. Your recovery codes stay the same.",
    description: "After replacing the authenticator app",
  },
  turnedOff: {
    id: "mfa.turnedOff",
    defaultMessage: "Multi-factor authentication is off. Your recovery codes were deleted.",
    description: "After removing the authenticator app",
  },
  authenticatorApp: {
    id: "mfa.authenticatorApp",
    defaultMessage: "Authenticator app",
    description: "Row title in the MFA card",
  },
  setUpSince: {
    id: "mfa.setUpSince",
    defaultMessage: "Set up {date}. You enter its 6-digit code after your password.",
    description: "The authenticator app is on since date",
  },
  pitch: {
    id: "mfa.pitch",
    defaultMessage: "Add a second step to sign-in: a 6-digit code from an app on your phone.",
    description: "MFA card without an authenticator app",
  },
  setUp: { id: "mfa.setUp", defaultMessage: "Set up", description: "Button: set up MFA" },
  replace: {
    id: "mfa.replace",
    defaultMessage: "Replace",
    description: "Button: set up a new authenticator app instead of the current one",
  },
  remove: { id: "mfa.remove", defaultMessage: "Remove", description: "Button: turn MFA off" },
  recoveryCodes: {
    id: "mfa.recoveryCodes",
    defaultMessage: "Recovery codes",
    description: "Row title in the MFA card",
  },
  codesLeft: {
    id: "mfa.codesLeft",
    defaultMessage:
      "{count, plural, one {# unused code left.} other {# unused codes left.}} Use one if you cannot get to your authenticator app.",
    description: "How many recovery codes remain",
  },
  creating: { id: "mfa.creating", defaultMessage: "Creating…", description: "Busy label" },
  newCodes: {
    id: "mfa.newCodes",
    defaultMessage: "New codes",
    description: "Button: make a new set of recovery codes",
  },
  required: {
    id: "mfa.required",
    defaultMessage:
      "Your organization requires multi-factor authentication, so it cannot be turned off.",
    description: "MFA card when the policy requires MFA",
  },
  removeTitle: {
    id: "mfa.removeTitle",
    defaultMessage: "Remove your authenticator app?",
    description: "Dialog title",
  },
  removing: { id: "mfa.removing", defaultMessage: "Removing…", description: "Busy label" },
  removeText: {
    id: "mfa.removeText",
    defaultMessage:
      "Signing in will need only your password, and your recovery codes stop working. Your other devices are signed out.",
    description: "Dialog text",
  },
  deadlineBanner: {
    id: "mfa.deadlineBanner",
    defaultMessage:
      "Your organization requires multi-factor authentication. Set up an authenticator app by <strong>{date}</strong>, or you will have to before you can continue.",
    description: "Banner during the grace period; date is the deadline",
  },
  setItUpNow: {
    id: "mfa.setItUpNow",
    defaultMessage: "Set it up now",
    description: "Link button in the banner",
  },
  enrollTitle: {
    id: "mfa.enroll.title",
    defaultMessage: "Set up multi-factor authentication",
    description: "Heading of the enrollment page at sign-in",
  },
  saveCodesTitle: {
    id: "mfa.enroll.saveCodesTitle",
    defaultMessage: "Save your recovery codes",
    description: "Heading once the recovery codes are shown",
  },
  enrollRequired: {
    id: "mfa.enroll.required",
    defaultMessage:
      "Your organization requires a second step at sign-in. Set up an authenticator app to continue to the portal.",
    description: "Enrollment page, no grace period left",
  },
  enrollByDate: {
    id: "mfa.enroll.byDate",
    defaultMessage:
      "Your organization requires a second step at sign-in. Set it up now, or by {date} at the latest.",
    description: "Enrollment page within the grace period",
  },
  skipping: { id: "mfa.enroll.skipping", defaultMessage: "Skipping…", description: "Busy label" },
  skip: { id: "mfa.enroll.skip", defaultMessage: "Skip for now", description: "Button" },
  notNow: {
    id: "mfa.enroll.notNow",
    defaultMessage: "Not now? <button>Sign out</button>",
    description: "Footer of the enrollment page; <button> signs out",
  },
  notYou: {
    id: "mfa.enroll.notYou",
    defaultMessage: "Not you? <button>Sign out</button>",
    description: "Footer of the enrollment page after setup; <button> signs out",
  },
  codesFileTitle: {
    id: "mfa.codes.fileTitle",
    defaultMessage: "Gatehouse recovery codes for {email}",
    description: "First line of the downloaded recovery codes file",
  },
  codesFileCreated: {
    id: "mfa.codes.fileCreated",
    defaultMessage: "Created {date}. Each code works once.",
    description: "Second line of the downloaded recovery codes file",
  },
  codesAdvice: {
    id: "mfa.codes.advice",
    defaultMessage:
      "Save these recovery codes somewhere safe, like a password manager. Each one signs you in once if you lose your phone. They are shown only now.",
    description: "Above the recovery codes",
  },
  codesLabel: {
    id: "mfa.codes.label",
    defaultMessage: "Recovery codes",
    description: "Accessible name of the list of codes",
  },
  download: {
    id: "mfa.codes.download",
    defaultMessage: "Download as text file",
    description: "Link that downloads the codes",
  },
  saved: {
    id: "mfa.codes.saved",
    defaultMessage: "I saved my codes",
    description: "Button after the recovery codes",
  },
  preparing: {
    id: "mfa.setup.preparing",
    defaultMessage: "Preparing your QR code…",
    description: "While the setup starts",
  },
  scanTitle: {
    id: "mfa.setup.scanTitle",
    defaultMessage: "Scan this QR code with your authenticator app",
    description: "Setup step 1",
  },
  scanText: {
    id: "mfa.setup.scanText",
    defaultMessage:
      "Use Google Authenticator, Microsoft Authenticator, 1Password or any app that supports time-based codes.",
    description: "Setup step 1; app names stay as they are",
  },
  qrAlt: {
    id: "mfa.setup.qrAlt",
    defaultMessage: "QR code to add Gatehouse to your authenticator app",
    description: "Alternative text of the QR code",
  },
  cantScan: {
    id: "mfa.setup.cantScan",
    defaultMessage: "Can’t scan it? Enter this key in the app instead:",
    description: "Above the key to type",
  },
  copyKey: { id: "mfa.setup.copyKey", defaultMessage: "Copy key", description: "Button" },
  keyHint: {
    id: "mfa.setup.keyHint",
    defaultMessage: "Time-based, 6 digits, every 30 seconds.",
    description: "What to choose in the app when typing the key",
  },
  enterCodeTitle: {
    id: "mfa.setup.enterCodeTitle",
    defaultMessage: "Enter the code the app shows",
    description: "Setup step 2",
  },
  checking: { id: "mfa.setup.checking", defaultMessage: "Checking…", description: "Busy label" },
  turnOn: {
    id: "mfa.setup.turnOn",
    defaultMessage: "Turn on",
    description: "Button that finishes the setup",
  },
});
