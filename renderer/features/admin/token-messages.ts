// The console's words for API tokens: the list, the form with one line per scope on what it
// allows, the token shown once with a curl example, and revoking.
import { defineMessages, type Message } from "../../../locales/define-messages.ts";
import type { ApiScope } from "./automation-api.ts";

export const tokenMessages = defineMessages({
  title: { id: "admin.tokens.title", defaultMessage: "API tokens", description: "Page heading" },
  description: {
    id: "admin.tokens.description",
    defaultMessage:
      "Tokens let scripts and other systems call the admin API and SCIM. Give each one only the scopes it needs.",
    description: "Under the API tokens heading",
  },
  newToken: { id: "admin.tokens.new", defaultMessage: "New token", description: "Card heading" },
  name: { id: "admin.tokens.name", defaultMessage: "Name", description: "Field label" },
  namePlaceholder: {
    id: "admin.tokens.namePlaceholder",
    defaultMessage: "HR sync",
    description: "Example token name in the empty name field",
  },
  scopes: { id: "admin.tokens.scopes", defaultMessage: "Scopes", description: "Fieldset legend" },
  validDays: {
    id: "admin.tokens.validDays",
    defaultMessage: "Valid for (days)",
    description: "Field label: the token's lifetime in days",
  },
  create: { id: "admin.tokens.create", defaultMessage: "Create token", description: "Button" },
  creating: {
    id: "admin.tokens.creating",
    defaultMessage: "Creating…",
    description: "Busy button",
  },
  shownOnce: {
    id: "admin.tokens.shownOnce",
    defaultMessage:
      "The token {name} is shown only now: copy it and keep it somewhere safe. Gatehouse stores only its hash.",
    description: "After creating a token; name is the token's name",
  },
  tryIt: {
    id: "admin.tokens.tryIt",
    defaultMessage: "Try it from a terminal:",
    description: "Before a three-line curl example that uses the new token",
  },
  copyToken: { id: "admin.tokens.copy", defaultMessage: "Copy token", description: "Button" },
  done: { id: "admin.tokens.done", defaultMessage: "Done", description: "Hides the shown token" },
  list: { id: "admin.tokens.list", defaultMessage: "Tokens", description: "Card heading" },
  loading: {
    id: "admin.tokens.loading",
    defaultMessage: "Loading tokens…",
    description: "While the list loads",
  },
  none: {
    id: "admin.tokens.none",
    defaultMessage: "No API token yet.",
    description: "Empty list",
  },
  meta: {
    id: "admin.tokens.meta",
    defaultMessage:
      "{status, select, revoked {Revoked {revoked}} expired {Expired {expires}} other {Expires {expires}}} · created by {createdBy}",
    description:
      "Under a token: its state with a date, and who created it (an email, or 'the admin CLI')",
  },
  byCli: {
    id: "admin.tokens.byCli",
    defaultMessage: "the admin CLI",
    description: "Who created a token that was made on the command line",
  },
  lastUsed: {
    id: "admin.tokens.lastUsed",
    defaultMessage: "Last used {time} from {ip}",
    description: "Under a token: when and from which IP address it was last used",
  },
  neverUsed: {
    id: "admin.tokens.neverUsed",
    defaultMessage: "Never used",
    description: "Under a token that was never sent",
  },
  revoke: { id: "admin.tokens.revoke", defaultMessage: "Revoke", description: "Button" },
  revokeLabel: {
    id: "admin.tokens.revokeLabel",
    defaultMessage: "Revoke {name}",
    description: "Accessible name of the Revoke button of one token",
  },
  revokeTitle: {
    id: "admin.tokens.revokeTitle",
    defaultMessage: "Revoke {name}?",
    description: "Dialog title",
  },
  revokeExplains: {
    id: "admin.tokens.revokeExplains",
    defaultMessage:
      "Every script or system using this token is refused from its next call, on every server. This cannot be undone.",
    description: "Dialog text before revoking a token",
  },
  revoking: {
    id: "admin.tokens.revoking",
    defaultMessage: "Revoking…",
    description: "Busy button",
  },
});

/** One line per scope: what a token holding it may do (docs/api.md). */
export const scopeMessages: Record<ApiScope, Message> = defineMessages({
  "users:read": {
    id: "admin.tokens.scope.usersRead",
    defaultMessage: "Read users, their groups and SSH keys",
    description: "What the users:read scope allows",
  },
  "users:write": {
    id: "admin.tokens.scope.usersWrite",
    defaultMessage: "Create, change, disable and unlock users; manage groups",
    description: "What the users:write scope allows",
  },
  "apps:read": {
    id: "admin.tokens.scope.appsRead",
    defaultMessage: "Read the app catalog",
    description: "What the apps:read scope allows",
  },
  "apps:write": {
    id: "admin.tokens.scope.appsWrite",
    defaultMessage: "Create, change, delete and assign apps",
    description: "What the apps:write scope allows",
  },
  "audit:read": {
    id: "admin.tokens.scope.auditRead",
    defaultMessage: "Read and export the audit log",
    description: "What the audit:read scope allows",
  },
  "policies:read": {
    id: "admin.tokens.scope.policiesRead",
    defaultMessage: "Read the policies",
    description: "What the policies:read scope allows",
  },
  "policies:write": {
    id: "admin.tokens.scope.policiesWrite",
    defaultMessage: "Change the policies",
    description: "What the policies:write scope allows",
  },
  "devices:read": {
    id: "admin.tokens.scope.devicesRead",
    defaultMessage: "Read enrolled devices and enrollment tokens",
    description: "What the devices:read scope allows",
  },
  "devices:write": {
    id: "admin.tokens.scope.devicesWrite",
    defaultMessage: "Revoke devices; create and revoke enrollment tokens",
    description: "What the devices:write scope allows",
  },
  scim: {
    id: "admin.tokens.scope.scim",
    defaultMessage: "Provision users and groups over SCIM 2.0, and nothing else",
    description: "What the scim scope allows",
  },
});
