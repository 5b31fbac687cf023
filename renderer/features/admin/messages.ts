// The admin console's frame and the words its pages share: the console's name, its sections
// (navigation and tab titles), loading and paging.
import { defineMessages } from "../../../locales/define-messages.ts";

export const consoleMessages = defineMessages({
  console: {
    id: "admin.console",
    defaultMessage: "Admin console",
    description: "The admin console's name: a badge in its top bar and part of the tab title",
  },
  users: { id: "admin.nav.users", defaultMessage: "Users", description: "Console navigation" },
  user: {
    id: "admin.nav.user",
    defaultMessage: "User",
    description: "Tab title of one user's page in the console",
  },
  groups: { id: "admin.nav.groups", defaultMessage: "Groups", description: "Console navigation" },
  group: {
    id: "admin.nav.group",
    defaultMessage: "Group",
    description: "Tab title of one group's page in the console",
  },
  apps: {
    id: "admin.nav.apps",
    defaultMessage: "Applications",
    description: "Console navigation",
  },
  app: {
    id: "admin.nav.app",
    defaultMessage: "Application",
    description: "Tab title of one app's page in the console",
  },
  newApp: {
    id: "admin.nav.newApp",
    defaultMessage: "New application",
    description: "Tab title of the console page that creates an app",
  },
  policies: {
    id: "admin.nav.policies",
    defaultMessage: "Policies",
    description: "Console navigation",
  },
  devices: {
    id: "admin.nav.devices",
    defaultMessage: "Devices",
    description: "Console navigation",
  },
  requests: {
    id: "admin.nav.requests",
    defaultMessage: "Requests",
    description: "Console navigation",
  },
  audit: { id: "admin.nav.audit", defaultMessage: "Audit log", description: "Console navigation" },
  settings: {
    id: "admin.nav.settings",
    defaultMessage: "Settings",
    description: "Console navigation: SSO keys, mail relay test, desktop download links",
  },
  import: {
    id: "admin.nav.import",
    defaultMessage: "Import users",
    description: "Tab title of the users CSV import page in the console",
  },
  tokens: {
    id: "admin.nav.tokens",
    defaultMessage: "API tokens",
    description: "Console navigation",
  },
  webhooks: {
    id: "admin.nav.webhooks",
    defaultMessage: "Webhooks",
    description: "Console navigation",
  },
  skipToContent: {
    id: "admin.skipToContent",
    defaultMessage: "Skip to content",
    description: "Keyboard link at the top of the console",
  },
  myPortal: {
    id: "admin.myPortal",
    defaultMessage: "My portal",
    description: "Top bar button from the console back to the admin's own employee portal",
  },
  loading: {
    id: "admin.loading",
    defaultMessage: "Loading…",
    description: "Shown while a console page loads",
  },
  previous: { id: "admin.pager.previous", defaultMessage: "Previous", description: "Pager button" },
  next: { id: "admin.pager.next", defaultMessage: "Next", description: "Pager button" },
  newer: {
    id: "admin.pager.newer",
    defaultMessage: "Newer",
    description: "Audit log pager: the page of more recent events",
  },
  older: {
    id: "admin.pager.older",
    defaultMessage: "Older",
    description: "Audit log pager: the page of older events",
  },
  pageNumber: {
    id: "admin.pager.page",
    defaultMessage: "Page {page, number}",
    description: "Between the pager buttons; page is the page's number",
  },
  none: {
    id: "admin.none",
    defaultMessage: "—",
    description: "A table cell with no value",
  },
  copyPassword: {
    id: "admin.copyPassword",
    defaultMessage: "Copy password",
    description: "Button that copies a temporary password",
  },
  saving: { id: "admin.saving", defaultMessage: "Saving…", description: "Busy save button" },
  saved: { id: "admin.saved", defaultMessage: "Saved.", description: "Said after a save" },
});
