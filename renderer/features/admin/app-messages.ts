// The console's words for applications: the list, one app's page (its sign-in settings, client
// secret, icon, who may open it, trying it as the admin).
import { defineMessages } from "../../../locales/define-messages.ts";

export const appMessages = defineMessages({
  title: { id: "admin.apps.title", defaultMessage: "Applications", description: "Page heading" },
  description: {
    id: "admin.apps.description",
    defaultMessage: "The apps people open from their portal, and who may open each one.",
    description: "Under the Applications heading",
  },
  newApp: {
    id: "admin.apps.new",
    defaultMessage: "New application",
    description: "Button that opens the form for a new app",
  },
  loading: {
    id: "admin.apps.loading",
    defaultMessage: "Loading applications…",
    description: "While the apps load",
  },
  none: {
    id: "admin.apps.none",
    defaultMessage: "No application yet. Create one, then assign it to people or groups.",
    description: "Empty list of apps",
  },
  kind: {
    id: "admin.apps.kind",
    defaultMessage:
      "{kind, select, bookmark {Bookmark} saml {SAML 2.0} oidc {OpenID Connect} other {App}}",
    description: "How an app signs people in",
  },
  assignedCount: {
    id: "admin.apps.assignedCount",
    defaultMessage:
      "{count, plural, =0 {Not assigned yet} one {Assigned to # person or group} other {Assigned to # people or groups}}",
    description: "Beside an app's name in the list",
  },
  allApps: {
    id: "admin.app.back",
    defaultMessage: "← All applications",
    description: "Link back to the app list (the arrow points back in the reading direction)",
  },
  settingsTitle: {
    id: "admin.app.settings",
    defaultMessage: "Sign-in settings",
    description: "Card heading: what the app is registered with",
  },
  address: { id: "admin.app.address", defaultMessage: "Address", description: "Setting" },
  entityId: { id: "admin.app.entityId", defaultMessage: "Entity ID", description: "SAML setting" },
  acsUrl: { id: "admin.app.acsUrl", defaultMessage: "ACS URL", description: "SAML setting" },
  certificate: {
    id: "admin.app.certificate",
    defaultMessage: "Signing certificate",
    description: "SAML setting: the service provider's certificate",
  },
  certificateSummary: {
    id: "admin.app.certificateSummary",
    defaultMessage: "{subject}, valid until {date}",
    description: "A certificate: its subject and when it expires",
  },
  noCertificate: {
    id: "admin.app.noCertificate",
    defaultMessage: "None given",
    description: "SAML app without a signing certificate",
  },
  clientId: { id: "admin.app.clientId", defaultMessage: "Client ID", description: "OIDC setting" },
  clientType: {
    id: "admin.app.clientType",
    defaultMessage: "Client type",
    description: "OIDC setting",
  },
  clientTypeValue: {
    id: "admin.app.clientTypeValue",
    defaultMessage:
      "{confidential, select, yes {Confidential (client secret)} other {Public (PKCE only)}}",
    description: "Whether an OIDC client has a secret",
  },
  redirectUris: {
    id: "admin.app.redirectUris",
    defaultMessage: "Redirect URIs",
    description: "OIDC setting",
  },
  initiateLoginUri: {
    id: "admin.app.initiateLoginUri",
    defaultMessage: "Login initiation URI",
    description: "OIDC setting",
  },
  requiresMfa: {
    id: "admin.app.requiresMfa",
    defaultMessage: "Authenticator at each launch",
    description: "Setting: whether opening the app asks for the second factor",
  },
  yesNo: {
    id: "admin.app.yesNo",
    defaultMessage: "{value, select, yes {Yes} other {No}}",
    description: "A yes/no setting's value",
  },
  secretTitle: {
    id: "admin.app.secretTitle",
    defaultMessage: "Client secret",
    description: "Card heading",
  },
  secretExplains: {
    id: "admin.app.secretExplains",
    defaultMessage:
      "Only a hash of it is kept. A new secret stops the old one at once: put it into the app right away.",
    description: "Client secret card",
  },
  rotate: { id: "admin.app.rotate", defaultMessage: "Rotate secret", description: "Button" },
  rotating: { id: "admin.app.rotating", defaultMessage: "Rotating…", description: "Busy" },
  rotateTitle: {
    id: "admin.app.rotateTitle",
    defaultMessage: "Rotate the client secret?",
    description: "Confirmation dialog heading",
  },
  newSecret: {
    id: "admin.app.newSecret",
    defaultMessage: "New client secret, shown only this once:",
    description: "Before a client secret",
  },
  copySecret: {
    id: "admin.app.copySecret",
    defaultMessage: "Copy secret",
    description: "Button that copies a client secret",
  },
  tryTitle: { id: "admin.app.tryTitle", defaultMessage: "Try it", description: "Card heading" },
  tryExplains: {
    id: "admin.app.tryExplains",
    defaultMessage: "Opens the app as you, the way people open it from their portal.",
    description: "Try launch card",
  },
  tryLaunch: { id: "admin.app.tryLaunch", defaultMessage: "Try launch", description: "Button" },
  notAssignedToYou: {
    id: "admin.app.notAssignedToYou",
    defaultMessage:
      "It is not assigned to you, directly or through a group: assign yourself to try it.",
    description: "Why the admin cannot try an app",
  },
  launched: {
    id: "admin.app.launched",
    defaultMessage: "Opened in a new tab.",
    description: "Said after Try launch",
  },
  deleteTitle: {
    id: "admin.app.deleteTitle",
    defaultMessage: "Delete this application?",
    description: "Confirmation dialog heading",
  },
  deleteExplains: {
    id: "admin.app.deleteExplains",
    defaultMessage: "Nobody can open it from their portal any more. This cannot be undone.",
    description: "Confirmation dialog text",
  },
  delete: { id: "admin.app.delete", defaultMessage: "Delete application", description: "Button" },
  deleting: { id: "admin.app.deleting", defaultMessage: "Deleting…", description: "Busy" },
});
