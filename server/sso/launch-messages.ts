// The words of the pages a launch shows in the system browser (docs/design.md §10), in the
// user's language when the launch knows the user, else the browser's, else the organization's.
import { defineMessages, type Message } from "../../locales/define-messages.ts";

/** A failure page: its heading and what to do. */
export type LaunchFailure = { title: Message; message: Message };

export const pageMessages = defineMessages({
  brand: {
    id: "server.page.brand",
    defaultMessage: "Gatehouse",
    description: "The product's name in the page's logo and title (usually left as is)",
  },
  pageTitle: {
    id: "server.page.title",
    defaultMessage: "{title} · Gatehouse",
    description: "The browser tab's title of a server page",
  },
  tryAgain: { id: "server.page.tryAgain", defaultMessage: "Try again", description: "Button" },
  returnToPortal: {
    id: "server.page.returnToPortal",
    defaultMessage: "Return to portal",
    description: "Button on every failure page",
  },
  stepUpTitle: {
    id: "server.stepUp.title",
    defaultMessage: "Verify it’s you",
    description: "Per-app MFA page heading",
  },
  stepUpText: {
    id: "server.stepUp.text",
    defaultMessage:
      "<strong>{app}</strong> asks for a second factor. Enter the 6-digit code from your authenticator app, or a recovery code.",
    description: "Per-app MFA page; app is the app's name",
  },
  codeLabel: {
    id: "server.stepUp.codeLabel",
    defaultMessage: "Verification code",
    description: "Per-app MFA page: field label",
  },
  verifyAndContinue: {
    id: "server.stepUp.submit",
    defaultMessage: "Verify and continue",
    description: "Per-app MFA page: button",
  },
  cancelToPortal: {
    id: "server.stepUp.cancel",
    defaultMessage: "Cancel and return to portal",
    description: "Per-app MFA page: button",
  },
  codeReplayed: {
    id: "server.stepUp.codeReplayed",
    defaultMessage: "That code was already used. Wait for the next one.",
    description: "Per-app MFA page: error",
  },
  codeWrong: {
    id: "server.stepUp.codeWrong",
    defaultMessage: "That code isn’t right. Check your authenticator app and try again.",
    description: "Per-app MFA page: error",
  },
  setUpFirstTitle: {
    id: "server.setUpFirst.title",
    defaultMessage: "Set up an authenticator first",
    description: "Page when the app needs MFA and the user has none",
  },
  setUpFirstText: {
    id: "server.setUpFirst.text",
    defaultMessage:
      "Your organization requires multi-factor authentication for <strong>{app}</strong>. Set up an authenticator app in Gatehouse under Security, then open the app again from the portal.",
    description: "Page when the app needs MFA and the user has none",
  },
  goToSecurity: {
    id: "server.setUpFirst.goToSecurity",
    defaultMessage: "Go to Security",
    description: "Button",
  },
  openingTitle: {
    id: "server.saml.title",
    defaultMessage: "Opening {app}…",
    description: "Page that posts the SAML sign-in to the app",
  },
  openingText: {
    id: "server.saml.text",
    defaultMessage: "You are being signed in. If nothing happens, press Continue.",
    description: "Page that posts the SAML sign-in to the app",
  },
  continue: { id: "server.saml.continue", defaultMessage: "Continue", description: "Button" },
  signInFirstTitle: {
    id: "server.signInFirst.title",
    defaultMessage: "Sign in to continue",
    description: "Page when an app's sign-in finds no portal session",
  },
  signInFirstText: {
    id: "server.signInFirst.text",
    defaultMessage:
      "<strong>{app}</strong> uses Gatehouse to sign you in. Sign in to the portal in this browser, then continue — or open the app from your portal’s Applications page.",
    description: "Page when an app's sign-in finds no portal session",
  },
  signInToGatehouse: {
    id: "server.signInFirst.signIn",
    defaultMessage: "Sign in to Gatehouse",
    description: "Button",
  },
  signedInContinue: {
    id: "server.signInFirst.continue",
    defaultMessage: "I’ve signed in — continue",
    description: "Button",
  },
});

const failureMessages = defineMessages({
  linkGoneTitle: {
    id: "server.failure.linkGone.title",
    defaultMessage: "This link doesn’t work anymore",
    description: "Failure page: a launch link that cannot be used",
  },
  ticketUnknown: {
    id: "server.failure.ticketUnknown",
    defaultMessage: "This link is not valid. Open the app again from your portal.",
    description: "Failure page",
  },
  ticketExpired: {
    id: "server.failure.ticketExpired",
    defaultMessage:
      "This link expired: launch links work for one minute. Open the app again from your portal.",
    description: "Failure page",
  },
  ticketUsed: {
    id: "server.failure.ticketUsed",
    defaultMessage:
      "This link was already used: each launch link works once. Open the app again from your portal.",
    description: "Failure page",
  },
  noAccessTitle: {
    id: "server.failure.noAccess.title",
    defaultMessage: "You don’t have access to this app",
    description: "Failure page",
  },
  noAccess: {
    id: "server.failure.noAccess",
    defaultMessage: "This app is not assigned to you. If you need it, ask your IT administrator.",
    description: "Failure page",
  },
  otherUserTitle: {
    id: "server.failure.otherUser.title",
    defaultMessage: "Signed in as someone else",
    description: "Failure page",
  },
  otherUser: {
    id: "server.failure.otherUser",
    defaultMessage:
      "This browser is signed in to Gatehouse as a different person. Sign out there, then open the app again from your portal.",
    description: "Failure page",
  },
  expiredTitle: {
    id: "server.failure.expired.title",
    defaultMessage: "This sign-in expired",
    description: "Failure page",
  },
  openAgain: {
    id: "server.failure.openAgain",
    defaultMessage: "Open the app again from your portal.",
    description: "Failure page: what to do",
  },
  stepUpClosed: {
    id: "server.failure.stepUpClosed",
    defaultMessage:
      "Verification for this launch is no longer open. Open the app again from your portal.",
    description: "Failure page",
  },
  verificationFailedTitle: {
    id: "server.failure.verificationFailed.title",
    defaultMessage: "Verification failed",
    description: "Failure page after wrong codes",
  },
  lockedDuringStepUp: {
    id: "server.failure.lockedDuringStepUp",
    defaultMessage:
      "Your account is locked after too many wrong codes, so {app} was not opened. Wait, or ask your IT administrator to unlock it.",
    description: "Failure page; app is the app's name",
  },
  tooManyCodes: {
    id: "server.failure.tooManyCodes",
    defaultMessage:
      "Too many wrong codes, so {app} was not opened. Open it again from your portal to retry.",
    description: "Failure page; app is the app's name",
  },
  badLinkTitle: {
    id: "server.failure.badLink.title",
    defaultMessage: "This sign-in link doesn’t work",
    description: "Failure page",
  },
  unknownAppTitle: {
    id: "server.failure.unknownApp.title",
    defaultMessage: "Unknown app",
    description: "Failure page",
  },
  unknownApp: {
    id: "server.failure.unknownApp",
    defaultMessage: "Gatehouse doesn’t know this app. Open apps from your portal.",
    description: "Failure page",
  },
  otherAppTitle: {
    id: "server.failure.otherApp.title",
    defaultMessage: "This sign-in was for another app",
    description: "Failure page",
  },
  fromPortalTitle: {
    id: "server.failure.fromPortal.title",
    defaultMessage: "Open this app from your portal",
    description: "Failure page",
  },
  fromPortal: {
    id: "server.failure.fromPortal",
    defaultMessage:
      "{app} asks for a second factor each time it opens. Open it from your portal’s Applications page.",
    description: "Failure page; app is the app's name",
  },
  notSetUpTitle: {
    id: "server.failure.notSetUp.title",
    defaultMessage: "This app can’t be opened yet",
    description: "Failure page",
  },
  appRequestRefused: {
    id: "server.failure.appRequestRefused",
    defaultMessage:
      "{hasDetail, select, yes {The app sent a request Gatehouse can’t accept ({detail}). Open the app from your portal instead.} other {The app sent a request Gatehouse can’t accept. Open the app from your portal instead.}}",
    description:
      "Failure page when an app's OpenID Connect request is refused; detail is the app's own technical words",
  },
  samlFromPortal: {
    id: "server.failure.samlFromPortal",
    defaultMessage: "Sign-in to this app starts from your Gatehouse portal’s Applications page.",
    description: "Failure page when a SAML app starts the sign-in itself",
  },
  notSetUp: {
    id: "server.failure.notSetUp",
    defaultMessage:
      "{app} is not fully set up for sign-in. Ask your IT administrator to finish its configuration.",
    description: "Failure page; app is the app's name",
  },
});

const pair = (title: Message, message: Message): LaunchFailure => ({ title, message });
const m = failureMessages;

/** Every failure a launch can end in, as heading and advice. */
export const failures = {
  ticketUnknown: pair(m.linkGoneTitle, m.ticketUnknown),
  ticketExpired: pair(m.linkGoneTitle, m.ticketExpired),
  ticketUsed: pair(m.linkGoneTitle, m.ticketUsed),
  noAccess: pair(m.noAccessTitle, m.noAccess),
  otherUser: pair(m.otherUserTitle, m.otherUser),
  expired: pair(m.expiredTitle, m.openAgain),
  stepUpClosed: pair(m.expiredTitle, m.stepUpClosed),
  lockedDuringStepUp: pair(m.verificationFailedTitle, m.lockedDuringStepUp),
  tooManyCodes: pair(m.verificationFailedTitle, m.tooManyCodes),
  badLink: pair(m.badLinkTitle, m.openAgain),
  unknownApp: pair(m.unknownAppTitle, m.unknownApp),
  otherApp: pair(m.otherAppTitle, m.openAgain),
  fromPortal: pair(m.fromPortalTitle, m.fromPortal),
  notSetUp: pair(m.notSetUpTitle, m.notSetUp),
  appRequestRefused: pair(m.badLinkTitle, m.appRequestRefused),
  samlFromPortal: pair(m.fromPortalTitle, m.samlFromPortal),
};
