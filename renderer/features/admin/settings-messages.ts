// The words of the console's Settings: SSO keys, the mail relay test and the desktop download
// links (docs/admin.md, "Settings").
import { defineMessages } from "../../../locales/define-messages.ts";

export const settingsMessages = defineMessages({
  title: { id: "admin.settings.title", defaultMessage: "Settings", description: "Page title" },
  description: {
    id: "admin.settings.description",
    defaultMessage: "The keys Gatehouse signs sign-ins with, outgoing mail and the desktop app.",
    description: "Under the Settings page title",
  },
  keys: {
    id: "admin.settings.keys",
    defaultMessage: "SSO signing keys",
    description: "Card title",
  },
  keysExplains: {
    id: "admin.settings.keys.explains",
    defaultMessage:
      "Active keys sign SAML responses, ID tokens and sign-in cookies. Rotating makes new ones that every server signs with at once; retired keys stay published, so what they signed keeps verifying.",
    description: "What the SSO keys card is about",
  },
  purpose: {
    id: "admin.settings.keys.purpose",
    defaultMessage:
      "{purpose, select, saml {SAML signing} oidc {OpenID Connect tokens} cookie {OpenID Connect cookies} other {Other}}",
    description: "What a key is for",
  },
  keyColumnPurpose: {
    id: "admin.settings.keys.column.purpose",
    defaultMessage: "Used for",
    description: "Table header",
  },
  keyColumnAlgorithm: {
    id: "admin.settings.keys.column.algorithm",
    defaultMessage: "Algorithm",
    description: "Table header",
  },
  keyColumnCreated: {
    id: "admin.settings.keys.column.created",
    defaultMessage: "Created",
    description: "Table header",
  },
  keyColumnState: {
    id: "admin.settings.keys.column.state",
    defaultMessage: "State",
    description: "Table header",
  },
  state: {
    id: "admin.settings.keys.state",
    defaultMessage: "{state, select, active {Active} retired {Retired} other {Unknown}}",
    description: "A key's state",
  },
  retiredOn: {
    id: "admin.settings.keys.retiredOn",
    defaultMessage: "Retired {date}",
    description: "A retired key's state with the day it was retired",
  },
  noKeys: {
    id: "admin.settings.keys.none",
    defaultMessage: "No keys yet: they are made when the first user signs in to an app.",
    description: "Empty key list",
  },
  rotate: {
    id: "admin.settings.keys.rotate",
    defaultMessage:
      "Rotate {purpose, select, saml {SAML signing} oidc {OpenID Connect token} cookie {OpenID Connect cookie} other {}} keys",
    description: "Button",
  },
  rotateTitle: {
    id: "admin.settings.keys.rotateTitle",
    defaultMessage: "Rotate these keys?",
    description: "Dialog title",
  },
  rotateExplains: {
    id: "admin.settings.keys.rotateExplains",
    defaultMessage:
      "New keys sign from now on, on every server. Service providers that copied the old certificate or keys must be given the new ones (SAML metadata and the JWKS publish them).",
    description: "What rotating keys does",
  },
  rotateConfirm: {
    id: "admin.settings.keys.rotateConfirm",
    defaultMessage: "Rotate",
    description: "Dialog button",
  },
  rotating: {
    id: "admin.settings.keys.rotating",
    defaultMessage: "Rotating…",
    description: "Busy",
  },
  rotated: {
    id: "admin.settings.keys.rotated",
    defaultMessage: "New keys are active.",
    description: "Said when done",
  },
  mail: { id: "admin.settings.mail", defaultMessage: "Mail relay", description: "Card title" },
  mailExplains: {
    id: "admin.settings.mail.explains",
    defaultMessage:
      "Sends a test mail through the relay Gatehouse is configured with, to your own address unless you type another.",
    description: "What the mail relay test does",
  },
  mailTo: {
    id: "admin.settings.mail.to",
    defaultMessage: "Send to (optional)",
    description: "Field label",
  },
  mailSend: {
    id: "admin.settings.mail.send",
    defaultMessage: "Send test mail",
    description: "Button",
  },
  mailSending: {
    id: "admin.settings.mail.sending",
    defaultMessage: "Sending…",
    description: "Busy",
  },
  mailSent: {
    id: "admin.settings.mail.sent",
    defaultMessage: "The relay took the test mail for {to}. Check that it arrived.",
    description: "Result; to is the address",
  },
  mailKept: {
    id: "admin.settings.mail.kept",
    defaultMessage:
      "No relay is configured (GATEHOUSE_SMTP_URL), so the test mail for {to} was kept in the outbox: see gatehouse-admin mail list.",
    description: "Result when no relay is configured; to is the address",
  },
  mailFailed: {
    id: "admin.settings.mail.failed",
    defaultMessage:
      "{problem, select, unreachable {The relay could not be reached.} authentication {The relay refused Gatehouse's user name or password.} refused {The relay refused the mail for {to}.} other {The mail for {to} could not be sent.}} It said: {said}",
    description: "Result when the test failed; said is the relay's own words",
  },
  downloads: {
    id: "admin.settings.downloads",
    defaultMessage: "Desktop app downloads",
    description: "Card title",
  },
  downloadsExplains: {
    id: "admin.settings.downloads.explains",
    defaultMessage:
      "Where employees download the desktop app, shown under Security. Give the https address of your signed installer; leave a field empty to use the one the server's configuration names.",
    description: "What the download links card is about",
  },
  downloadFor: {
    id: "admin.settings.downloads.for",
    defaultMessage:
      "{os, select, macos {macOS} windows {Windows} linux {Linux} other {Other}} installer",
    description: "Field label; os is the operating system",
  },
  downloadsSave: {
    id: "admin.settings.downloads.save",
    defaultMessage: "Save links",
    description: "Button",
  },
  downloadInvalid: {
    id: "admin.settings.downloads.invalid",
    defaultMessage: "Enter an address that starts with https://, without a user name or password.",
    description: "Field error",
  },
});
