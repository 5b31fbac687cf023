// Audit events of the organization's administration (users, policies, apps, groups, keys, API
// tokens, webhooks) in words, for the console's audit log and the employee's history; the
// employee's own events are in event-messages.ts.
import { defineMessages } from "../../locales/define-messages.ts";

export const adminEventTitles = defineMessages({
  "user.created": {
    id: "security.event.user.created",
    defaultMessage: "Account created",
    description: "Sign-in history: an event in the user's security history",
  },
  "user.disabled": {
    id: "security.event.user.disabled",
    defaultMessage: "Account disabled",
    description: "Sign-in history: an event in the user's security history",
  },
  "user.deleted": {
    id: "security.event.user.deleted",
    defaultMessage: "Account deleted",
    description: "Sign-in history: an event in the user's security history",
  },
  "user.enabled": {
    id: "security.event.user.enabled",
    defaultMessage: "Account enabled",
    description: "Sign-in history: an event in the user's security history",
  },
  "user.role_changed": {
    id: "security.event.user.role_changed",
    defaultMessage: "Admin access changed",
    description: "Sign-in history: an event in the user's security history",
  },
  "policy.changed": {
    id: "security.event.policy.changed",
    defaultMessage: "Policy changed",
    description: "Sign-in history: an event in the user's security history",
  },
  "app.created": {
    id: "security.event.app.created",
    defaultMessage: "App created",
    description: "Sign-in history: an event in the user's security history",
  },
  "app.updated": {
    id: "security.event.app.updated",
    defaultMessage: "App changed",
    description: "Sign-in history: an event in the user's security history",
  },
  "app.deleted": {
    id: "security.event.app.deleted",
    defaultMessage: "App deleted",
    description: "Sign-in history: an event in the user's security history",
  },
  "app.client_secret_rotated": {
    id: "security.event.app.client_secret_rotated",
    defaultMessage: "App client secret rotated",
    description: "Sign-in history: an event in the user's security history",
  },
  "app.assigned": {
    id: "security.event.app.assigned",
    defaultMessage: "App assigned",
    description: "Sign-in history: an event in the user's security history",
  },
  "app.unassigned": {
    id: "security.event.app.unassigned",
    defaultMessage: "App unassigned",
    description: "Sign-in history: an event in the user's security history",
  },
  "group.created": {
    id: "security.event.group.created",
    defaultMessage: "Group created",
    description: "Sign-in history: an event in the user's security history",
  },
  "group.deleted": {
    id: "security.event.group.deleted",
    defaultMessage: "Group deleted",
    description: "Sign-in history: an event in the user's security history",
  },
  "group.member_added": {
    id: "security.event.group.member_added",
    defaultMessage: "Added to a group",
    description: "Sign-in history: an event in the user's security history",
  },
  "group.member_removed": {
    id: "security.event.group.member_removed",
    defaultMessage: "Removed from a group",
    description: "Sign-in history: an event in the user's security history",
  },
  "sso.keys_rotated": {
    id: "security.event.sso.keys_rotated",
    defaultMessage: "SSO signing keys rotated",
    description: "Sign-in history: an event in the user's security history",
  },
  "device.enrollment_token_created": {
    id: "security.event.device.enrollment_token_created",
    defaultMessage: "Enrollment token created",
    description: "Sign-in history: an event in the user's security history",
  },
  "device.enrollment_token_revoked": {
    id: "security.event.device.enrollment_token_revoked",
    defaultMessage: "Enrollment token revoked",
    description: "Sign-in history: an event in the user's security history",
  },
  "user.updated": {
    id: "security.event.user.updated",
    defaultMessage: "Account details changed by an admin",
    description: "Sign-in history: an event in the user's security history",
  },
  "user.invitation_sent": {
    id: "security.event.user.invitation_sent",
    defaultMessage: "Invitation sent",
    description: "Sign-in history: an event in the user's security history",
  },
  "users.imported": {
    id: "security.event.users.imported",
    defaultMessage: "Users imported from a CSV file",
    description: "Sign-in history: an event in the user's security history",
  },
  "user.signed_out_everywhere": {
    id: "security.event.user.signed_out_everywhere",
    defaultMessage: "Signed out everywhere by an admin",
    description: "Sign-in history: an event in the user's security history",
  },
  "audit.exported": {
    id: "security.event.audit.exported",
    defaultMessage: "Audit log exported",
    description: "Sign-in history: an event in the user's security history",
  },
  "settings.mail_tested": {
    id: "security.event.settings.mail_tested",
    defaultMessage: "Test mail sent",
    description: "Sign-in history: an event in the user's security history",
  },
  "group.renamed": {
    id: "security.event.group.renamed",
    defaultMessage: "Group renamed",
    description: "Sign-in history: an event in the user's security history",
  },
  "api_token.created": {
    id: "security.event.api_token.created",
    defaultMessage: "API token created",
    description: "Sign-in history: an event in the user's security history",
  },
  "api_token.revoked": {
    id: "security.event.api_token.revoked",
    defaultMessage: "API token revoked",
    description: "Sign-in history: an event in the user's security history",
  },
  "webhook.created": {
    id: "security.event.webhook.created",
    defaultMessage: "Audit webhook added",
    description: "Sign-in history: an event in the user's security history",
  },
  "webhook.removed": {
    id: "security.event.webhook.removed",
    defaultMessage: "Audit webhook removed",
    description: "Sign-in history: an event in the user's security history",
  },
  "webhook.test": {
    id: "security.event.webhook.test",
    defaultMessage: "Audit webhook test event sent",
    description: "Sign-in history: an event in the user's security history",
  },
  "request_flow.changed": {
    id: "security.event.request_flow.changed",
    defaultMessage: "Request flow changed",
    description: "Sign-in history: an event in the user's security history",
  },
  "request_flow.removed": {
    id: "security.event.request_flow.removed",
    defaultMessage: "Request flow removed",
    description: "Sign-in history: an event in the user's security history",
  },
  "webhook.paused": {
    id: "security.event.webhook.paused",
    defaultMessage: "Audit webhook paused",
    description: "Sign-in history: an event in the user's security history",
  },
  "webhook.resumed": {
    id: "security.event.webhook.resumed",
    defaultMessage: "Audit webhook resumed",
    description: "Sign-in history: an event in the user's security history",
  },
});
