// The signed-in frame's words: navigation, the account menu and its desktop dialogs.
import { defineMessages } from "../../../locales/define-messages.ts";

export const portalMessages = defineMessages({
  skipToContent: {
    id: "portal.skipToContent",
    defaultMessage: "Skip to content",
    description: "Link for keyboard users, shown on focus at the top of every portal page",
  },
  navigationLabel: {
    id: "portal.navigationLabel",
    defaultMessage: "Portal",
    description: "Accessible name of the left navigation",
  },
  applications: {
    id: "portal.nav.applications",
    defaultMessage: "Applications",
    description: "Navigation item and page title: the user's apps",
  },
  requests: {
    id: "portal.nav.requests",
    defaultMessage: "Requests",
    description: "Navigation item and page title: asking for apps the user does not have",
  },
  approvals: {
    id: "portal.nav.approvals",
    defaultMessage: "To approve",
    description: "Navigation item and page title: access requests waiting for this approver",
  },
  profile: {
    id: "portal.nav.profile",
    defaultMessage: "Profile",
    description: "Navigation item and page title: the user's personal details",
  },
  security: {
    id: "portal.nav.security",
    defaultMessage: "Security",
    description: "Navigation item and page title: password, MFA, devices, SSH keys",
  },
  accountMenu: {
    id: "portal.accountMenu",
    defaultMessage: "{initials}: account menu for {name}",
    description:
      "Accessible name of the round initials button top right; must start with the initials shown (WCAG label in name)",
  },
  logOut: {
    id: "portal.logOut",
    defaultMessage: "Log out",
    description: "Account menu item",
  },
  appearance: {
    id: "portal.appearance",
    defaultMessage: "Appearance",
    description: "Account menu heading over Match system / Light / Dark",
  },
  themeSystem: {
    id: "portal.theme.system",
    defaultMessage: "Match system",
    description: "Appearance choice: follow the operating system's light or dark mode",
  },
  themeLight: {
    id: "portal.theme.light",
    defaultMessage: "Light",
    description: "Appearance choice",
  },
  themeDark: {
    id: "portal.theme.dark",
    defaultMessage: "Dark",
    description: "Appearance choice",
  },
  language: {
    id: "portal.language",
    defaultMessage: "Language",
    description: "Account menu heading over the language choices",
  },
  languageBrowser: {
    id: "portal.language.browser",
    defaultMessage: "Match browser",
    description: "Language choice: follow the browser's or the computer's language",
  },
  languageFailed: {
    id: "portal.language.failed",
    defaultMessage: "Your language could not be saved. {problem}",
    description: "Notice when saving the language choice failed; problem is the error's text",
  },
  aboutTitle: {
    id: "portal.about.title",
    defaultMessage: "About Gatehouse",
    description: "Desktop app: account menu item and dialog title",
  },
  checkUpdates: {
    id: "portal.updates.title",
    defaultMessage: "Check for updates",
    description: "Desktop app: account menu item and dialog title",
  },
  version: {
    id: "portal.about.version",
    defaultMessage: "Version",
    description: "About dialog: the app's version number follows",
  },
  system: {
    id: "portal.about.system",
    defaultMessage: "System",
    description: "About dialog: the operating system follows (macOS, Windows, Linux)",
  },
  updates: {
    id: "portal.about.updates",
    defaultMessage: "Updates",
    description: "About dialog: how the app is updated follows",
  },
  updatesAutomatic: {
    id: "portal.about.updatesAutomatic",
    defaultMessage: "Automatic (installed when you quit the app)",
    description: "About dialog: the app updates itself",
  },
  portal: {
    id: "portal.about.portal",
    defaultMessage: "Portal",
    description: "About dialog: the portal's address follows",
  },
  demoServer: {
    id: "portal.about.demoServer",
    defaultMessage: "Demo server on this computer ({host})",
    description: "About dialog: the app runs its own demo server; host is like localhost:8080",
  },
  checking: {
    id: "portal.updates.checking",
    defaultMessage: "Checking for updates…",
    description: "Update dialog while checking",
  },
  checkFailed: {
    id: "portal.updates.failed",
    defaultMessage: "Could not check for updates. {problem}",
    description: "Update dialog: the check failed; problem is the error's text",
  },
  upToDate: {
    id: "portal.updates.upToDate",
    defaultMessage: "Gatehouse {version} is the latest version.",
    description: "Update dialog",
  },
  available: {
    id: "portal.updates.available",
    defaultMessage:
      "Gatehouse {available} is downloading and will be installed when you quit the app (you have {current}).",
    description: "Update dialog: a newer version was found",
  },
  openConsole: {
    id: "portal.openConsole",
    defaultMessage: "Admin console",
    description: "Top bar button in the employee portal, for admins: opens the admin console",
  },
});
