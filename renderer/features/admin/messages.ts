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
