// One catalogue of audit events in words: the employee's sign-in history, the admin audit log
// and the mails that mention an event all describe it from here, never by its internal name.
import type { Message } from "../../locales/define-messages.ts";
import type { AuditEventName } from "./audit-log.ts";

/** Which list an event belongs in: sign-ins, changes to the user's security, or admin work. */
export type AuditEventCategory = "sign_in" | "security_change" | "administration";

export type AuditEventDescription = {
  /** A short sentence in words, e.g. "Signed in". */
  title: string;
  category: AuditEventCategory;
  /** Whether the employee is offered "This wasn't me" for it (sign-ins and factor changes). */
  reportable: boolean;
};

const signIn = (title: string): AuditEventDescription => ({
  title,
  category: "sign_in",
  reportable: true,
});
const factorChange = (title: string): AuditEventDescription => ({
  title,
  category: "security_change",
  reportable: true,
});
const securityChange = (title: string): AuditEventDescription => ({
  title,
  category: "security_change",
  reportable: false,
});
const administration = (title: string): AuditEventDescription => ({
  title,
  category: "administration",
  reportable: false,
});

export const auditEventCatalogue: Record<AuditEventName, AuditEventDescription> = {
  "sign_in.succeeded": signIn("Signed in"),
  "sign_in.failed": signIn("Sign-in failed"),
  "session.reverified": signIn("Verified again"),
  "session.reverify_failed": signIn("Verification failed"),
  "mfa.failed": signIn("Authenticator code refused"),
  "mfa.recovery_code_used": signIn("Signed in with a recovery code"),
  "passkey.sign_in_failed": signIn("Device login failed"),
  "push.requested": signIn("Sign-in approval sent to the desktop app"),
  "push.approved": signIn("Sign-in approved on the desktop app"),
  "push.denied": signIn("Sign-in denied on the desktop app"),
  "push.answer_refused": signIn("Sign-in approval refused"),
  "push.limited": securityChange("Too many sign-in approvals asked"),
  "push.paused": securityChange("Sign-in approvals paused"),
  "push.turned_off": factorChange("Sign-in approval on the desktop app turned off"),
  "push.turned_on": factorChange("Sign-in approval on the desktop app turned on"),
  "app.launched": securityChange("Opened an app"),
  "app.launch_refused": securityChange("App launch refused"),
  "app.step_up_failed": signIn("App verification failed"),
  "account.locked": securityChange("Account locked"),
  "account.unlocked": securityChange("Account unlocked"),
  "account.reported_compromise": securityChange("Reported activity as not recognized"),
  "session.revoked": securityChange("Signed out a session"),
  "password.changed": factorChange("Password changed"),
  "password.reset_requested": securityChange("Password reset requested"),
  "password.reset": factorChange("Password reset"),
  "password.temporary_set": factorChange("Temporary password set by an admin"),
  "mfa.totp_enabled": factorChange("Authenticator app set up"),
  "mfa.totp_replaced": factorChange("Authenticator app replaced"),
  "mfa.totp_removed": factorChange("Authenticator app removed"),
  "mfa.recovery_codes_generated": factorChange("New recovery codes created"),
  "mfa.reset_by_admin": factorChange("Multi-factor authentication reset by an admin"),
  "mfa.enrollment_skipped": securityChange("Authenticator setup postponed"),
  "passkey.registered": factorChange("Device login set up"),
  "passkey.removed": factorChange("Device login removed"),
  "device.connect_key_created": securityChange("Connect key created"),
  "device.enrolled": factorChange("Device enrolled"),
  "device.enrollment_refused": securityChange("Device enrollment refused"),
  "device.removed": factorChange("Device removed"),
  "device.revoked": factorChange("Device revoked by an admin"),
  "ssh_key.added": factorChange("SSH key added"),
  "ssh_key.removed": factorChange("SSH key removed"),
  "profile.changed": securityChange("Profile changed"),
  "user.created": administration("Account created"),
  "user.disabled": administration("Account disabled"),
  "user.deleted": administration("Account deleted"),
  "user.enabled": administration("Account enabled"),
  "user.role_changed": administration("Admin access changed"),
  "user.updated": securityChange("Account details changed by an admin"),
  "user.invitation_sent": administration("Invitation sent"),
  "users.imported": administration("Users imported from a CSV file"),
  "user.signed_out_everywhere": securityChange("Signed out everywhere by an admin"),
  "audit.exported": administration("Audit log exported"),
  "settings.mail_tested": administration("Test mail sent"),
  "policy.changed": administration("Policy changed"),
  "app.created": administration("App created"),
  "app.updated": administration("App changed"),
  "app.deleted": administration("App deleted"),
  "app.client_secret_rotated": administration("App client secret rotated"),
  "app.assigned": administration("App assigned"),
  "app.unassigned": administration("App unassigned"),
  "group.created": administration("Group created"),
  "group.renamed": administration("Group renamed"),
  "group.deleted": administration("Group deleted"),
  "group.member_added": administration("Added to a group"),
  "group.member_removed": administration("Removed from a group"),
  "sso.keys_rotated": administration("SSO signing keys rotated"),
  "device.enrollment_token_created": administration("Enrollment token created"),
  "device.enrollment_token_revoked": administration("Enrollment token revoked"),
  "api_token.created": administration("API token created"),
  "api_token.revoked": administration("API token revoked"),
  "webhook.created": administration("Audit webhook added"),
  "webhook.removed": administration("Audit webhook removed"),
  "webhook.test": administration("Audit webhook test event sent"),
  "webhook.paused": administration("Audit webhook paused"),
  "webhook.resumed": administration("Audit webhook resumed"),
  "request.submitted": securityChange("Access to an app requested"),
  "request.approved": securityChange("Access request approved"),
  "request.denied": securityChange("Access request denied"),
  "request.cancelled": securityChange("Access request cancelled"),
  "request.expired": securityChange("Access request expired undecided"),
  "access.granted": securityChange("Access to an app granted"),
  "access.grant_ended": securityChange("Time-limited access ended"),
  "request_flow.changed": administration("Request flow changed"),
  "request_flow.removed": administration("Request flow removed"),
};

/**
 * An event's title as a message in the catalogues the portal's history uses
 * (renderer/lib/event-messages.ts), so mails name it in their reader's language;
 * English from this catalogue where a translation is missing.
 */
export function eventTitleMessage(name: string): Message {
  const known = Object.hasOwn(auditEventCatalogue, name);
  return {
    id: `security.event.${known ? name : "other"}`,
    defaultMessage: describeAuditEvent(name).title,
    description: "An event in the user's security history",
  };
}

/** Describes a stored event name; names from older versions fall back to a neutral title. */
export function describeAuditEvent(name: string): AuditEventDescription {
  return Object.hasOwn(auditEventCatalogue, name)
    ? auditEventCatalogue[name as AuditEventName]
    : administration("Other activity");
}

const reasonWords: Record<string, string> = {
  wrong_password: "wrong password",
  unknown_account: "unknown account",
  account_disabled: "account disabled",
  locked: "account locked",
  locked_wrong_password: "wrong password while locked",
  reported_compromise: "reported as not recognized by the user",
  flow_removed: "the app is no longer requestable",
  not_admin: "not an admin",
  invalid: "wrong code",
  malformed: "not a valid code",
  replayed: "code already used",
  no_factor: "no authenticator set up",
  totp_invalid: "wrong code",
  totp_malformed: "not a valid code",
  totp_replayed: "code already used",
  totp_not_started: "setup had not started",
  assertion_invalid: "the device's answer was not valid",
  challenge_invalid: "the request had expired",
  credential_unknown: "unknown device login",
  user_inactive: "account disabled",
  throttled: "too many requests",
  denied: "too many wrong codes",
  expired: "the key had expired",
  interval: "verification due",
  idle: "after inactivity",
};

/**
 * The reason stored with an event, in words ("wrong password", "after 5 failed attempts");
 * null for none, and for a reason this version does not know, rather than an internal code.
 */
export function describeAuditReason(reason: string | null): string | null {
  if (reason === null || reason === "") {
    return null;
  }
  const failures = /^(\d+) consecutive failures$/.exec(reason);
  if (failures !== null) {
    return `after ${failures[1]} failed attempts`;
  }
  return Object.hasOwn(reasonWords, reason) ? (reasonWords[reason] ?? null) : null;
}

/**
 * The stored reason as a stable name the portal says in its own language (every name above, or
 * "N consecutive failures"); null for none and for one this version does not know, as above.
 */
export function nameAuditReason(reason: string | null): string | null {
  return describeAuditReason(reason) === null ? null : reason;
}
