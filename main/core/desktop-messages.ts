// The desktop app's own words (docs/design.md §10): tray, application menu, the local pages
// (first run, "can't reach", "cannot start") and the account chooser. Extracted with the portal's
// messages into locales/*.json under `desktop.`; main/core/desktop-text.ts formats them.
import { defineMessages } from "../../locales/define-messages.ts";

export const trayMessages = defineMessages({
  openPortal: {
    id: "desktop.tray.openPortal",
    defaultMessage: "Open portal",
    description: "Tray / menu bar menu: show the portal window",
  },
  verifyNow: {
    id: "desktop.tray.verifyNow",
    defaultMessage: "Verify now",
    description: "Tray menu: confirm with Touch ID / Windows Hello now",
  },
  openAtLogin: {
    id: "desktop.tray.openAtLogin",
    defaultMessage: "Open at Login",
    description: "Tray menu checkbox on macOS (Apple's wording for starting with the computer)",
  },
  launchAtLogin: {
    id: "desktop.tray.launchAtLogin",
    defaultMessage: "Launch at login",
    description: "Tray menu checkbox on Windows and Linux: start the app when the user signs in",
  },
  managedByOrganization: {
    id: "desktop.tray.managed",
    defaultMessage: "Your organization manages this setting.",
    description: "Tooltip of a tray setting IT has fixed",
  },
  checkForUpdates: {
    id: "desktop.tray.checkForUpdates",
    defaultMessage: "Check for updates…",
    description: "Tray menu item",
  },
  quit: {
    id: "desktop.tray.quit",
    defaultMessage: "Quit Gatehouse",
    description: "Tray menu item",
  },
  tooltip: {
    id: "desktop.tray.tooltip",
    defaultMessage: "Gatehouse",
    description: "Tooltip of the tray icon (the product's name)",
  },
});

export const menuMessages = defineMessages({
  verifyNow: {
    id: "desktop.menu.verifyNow",
    defaultMessage: "Verify Now",
    description: "Application menu item (title case on macOS)",
  },
  checkForUpdates: {
    id: "desktop.menu.checkForUpdates",
    defaultMessage: "Check for Updates…",
    description: "Application menu item",
  },
  edit: { id: "desktop.menu.edit", defaultMessage: "Edit", description: "Application menu" },
  view: { id: "desktop.menu.view", defaultMessage: "View", description: "Application menu" },
  window: { id: "desktop.menu.window", defaultMessage: "Window", description: "Application menu" },
  file: {
    id: "desktop.menu.file",
    defaultMessage: "&File",
    description: "Windows/Linux menu; & marks the Alt-key letter (choose one in the word)",
  },
  help: {
    id: "desktop.menu.help",
    defaultMessage: "&Help",
    description: "Windows/Linux menu; & marks the Alt-key letter",
  },
});

export const pageMessages = defineMessages({
  connectTitle: {
    id: "desktop.firstRun.title",
    defaultMessage: "Connect to your organization",
    description: "First run page: heading and window title",
  },
  connectText: {
    id: "desktop.firstRun.text",
    defaultMessage:
      "Enter the address of your organization’s Gatehouse portal. Your IT department can tell you what it is.",
    description: "First run page",
  },
  portalAddress: {
    id: "desktop.firstRun.address",
    defaultMessage: "Portal address",
    description: "First run page: field label",
  },
  continue: {
    id: "desktop.firstRun.continue",
    defaultMessage: "Continue",
    description: "First run page: button",
  },
  tryDemo: {
    id: "desktop.firstRun.demo",
    defaultMessage: "Just looking around? <a>Try Gatehouse with demo data</a> on this computer.",
    description: "First run page; <a> is a link that starts the demo",
  },
  addressEmpty: {
    id: "desktop.address.empty",
    defaultMessage: "Enter your organization’s portal address.",
    description: "First run page error",
  },
  addressTooLong: {
    id: "desktop.address.tooLong",
    defaultMessage: "That address is too long.",
    description: "First run page error",
  },
  addressNotUrl: {
    id: "desktop.address.notUrl",
    defaultMessage: "That is not a web address, e.g. https://portal.example.com.",
    description: "First run page error",
  },
  addressCredentials: {
    id: "desktop.address.credentials",
    defaultMessage: "The address must not contain a user name or password.",
    description: "First run page error",
  },
  addressNotHttps: {
    id: "desktop.address.notHttps",
    defaultMessage: "The address must start with https://.",
    description: "First run page error",
  },
  cannotStartTitle: {
    id: "desktop.cannotStart.title",
    defaultMessage: "Gatehouse cannot start",
    description: "Heading and window title when the app cannot open a portal",
  },
  cannotStartAdvice: {
    id: "desktop.cannotStart.advice",
    defaultMessage:
      "Quit and reopen the app. If this keeps happening, contact your IT administrator.",
    description: "Under the reason the app cannot start",
  },
  portalLocked: {
    id: "desktop.cannotStart.portalLocked",
    defaultMessage:
      "Your organization manages the portal address of this app, so it cannot be changed here.",
    description:
      "Shown when IT pinned the portal address and the first-run form was reached anyway",
  },
  cannotReachTitle: {
    id: "desktop.offline.title",
    defaultMessage: "Can't reach {host}",
    description: "Heading and window title when the portal cannot be loaded; host is its address",
  },
  retryIn: {
    id: "desktop.offline.retryIn",
    defaultMessage:
      "Gatehouse tries again by itself in about {unit, select, minutes {{count, plural, one {# minute} other {# minutes}}} other {{count, plural, one {# second} other {# seconds}}}}, and as soon as this computer is back online.",
    description: "Offline page: when the app retries on its own",
  },
  retryNow: {
    id: "desktop.offline.retryNow",
    defaultMessage: "Retry now",
    description: "Offline page: button",
  },
  netOffline: {
    id: "desktop.net.offline",
    defaultMessage: "This computer is not connected to a network.",
    description: "Why the portal could not be loaded",
  },
  netNotFound: {
    id: "desktop.net.notFound",
    defaultMessage:
      "The portal’s address could not be found. If your organization uses a VPN, connect to it.",
    description: "Why the portal could not be loaded",
  },
  netCertificate: {
    id: "desktop.net.certificate",
    defaultMessage:
      "The portal’s security certificate is not trusted by this computer. Contact your IT administrator.",
    description: "Why the portal could not be loaded",
  },
  netProxy: {
    id: "desktop.net.proxy",
    defaultMessage: "The network’s proxy did not let the connection through.",
    description: "Why the portal could not be loaded",
  },
  netNoAnswer: {
    id: "desktop.net.noAnswer",
    defaultMessage: "The portal did not answer.",
    description: "Why the portal could not be loaded",
  },
  netOther: {
    id: "desktop.net.other",
    defaultMessage: "The portal could not be loaded.",
    description: "Why the portal could not be loaded",
  },
});

export const updateMessages = defineMessages({
  development: {
    id: "desktop.updates.development",
    defaultMessage: "Updates apply to the installed app, not a development build.",
    description: "About dialog: why the app does not update itself",
  },
  windowsMsi: {
    id: "desktop.updates.windowsMsi",
    defaultMessage:
      "Installed for all users with Windows Installer (MSI): your organization updates this app.",
    description: "About dialog: why the app does not update itself",
  },
  linuxPackage: {
    id: "desktop.updates.linuxPackage",
    defaultMessage: "Installed with the system’s package manager, which updates this app.",
    description: "About dialog: why the app does not update itself",
  },
  managed: {
    id: "desktop.updates.managed",
    defaultMessage: "Your organization manages updates of this app.",
    description: "About dialog: why the app does not update itself",
  },
  invalidFeed: {
    id: "desktop.updates.invalidFeed",
    defaultMessage: "The update feed given for development is not an https:// URL.",
    description: "About dialog (development builds only)",
  },
});

export const chooserMessages = defineMessages({
  title: {
    id: "desktop.chooser.title",
    defaultMessage: "Choose an account",
    description: "Dialog when several passkeys on this computer can sign in",
  },
  message: {
    id: "desktop.chooser.message",
    defaultMessage: "Sign in to {site} as:",
    description: "Dialog; site is the portal's host name; the accounts follow as buttons",
  },
  detail: {
    id: "desktop.chooser.detail",
    defaultMessage: "Several accounts on this computer can sign in here.",
    description: "Dialog",
  },
  cancel: {
    id: "desktop.chooser.cancel",
    defaultMessage: "Cancel",
    description: "Dialog button",
  },
});
