// Audit events in words: each by its stable name (server/audit/audit-log.ts), so the employee's
// sign-in history and the console's audit log read in the reader's language; the reasons are in
// reason-messages.ts.
import type { MessageDescriptor } from "react-intl";
import { defineMessages } from "../../locales/define-messages.ts";
import { adminEventTitles } from "./admin-event-messages.ts";
import { pushEventTitles } from "./push-event-messages.ts";
import { requestEventTitles } from "./request-event-messages.ts";

export const eventTitles: Record<string, MessageDescriptor> = {
  ...pushEventTitles,
  ...adminEventTitles,
  ...requestEventTitles,
  ...defineMessages({
    other: {
      id: "security.event.other",
      defaultMessage: "Other activity",
      description: "Sign-in history: an event this version of the portal has no name for",
    },
    "sign_in.succeeded": {
      id: "security.event.sign_in.succeeded",
      defaultMessage: "Signed in",
      description: "Sign-in history: an event in the user's security history",
    },
    "sign_in.failed": {
      id: "security.event.sign_in.failed",
      defaultMessage: "Sign-in failed",
      description: "Sign-in history: an event in the user's security history",
    },
    "session.reverified": {
      id: "security.event.session.reverified",
      defaultMessage: "Verified again",
      description: "Sign-in history: an event in the user's security history",
    },
    "session.reverify_failed": {
      id: "security.event.session.reverify_failed",
      defaultMessage: "Verification failed",
      description: "Sign-in history: an event in the user's security history",
    },
    "mfa.failed": {
      id: "security.event.mfa.failed",
      defaultMessage: "Authenticator code refused",
      description: "Sign-in history: an event in the user's security history",
    },
    "mfa.recovery_code_used": {
      id: "security.event.mfa.recovery_code_used",
      defaultMessage: "Signed in with a recovery code",
      description: "Sign-in history: an event in the user's security history",
    },
    "passkey.sign_in_failed": {
      id: "security.event.passkey.sign_in_failed",
      defaultMessage: "Device login failed",
      description: "Sign-in history: an event in the user's security history",
    },
    "app.launched": {
      id: "security.event.app.launched",
      defaultMessage: "Opened an app",
      description: "Sign-in history: an event in the user's security history",
    },
    "app.launch_refused": {
      id: "security.event.app.launch_refused",
      defaultMessage: "App launch refused",
      description: "Sign-in history: an event in the user's security history",
    },
    "app.step_up_failed": {
      id: "security.event.app.step_up_failed",
      defaultMessage: "App verification failed",
      description: "Sign-in history: an event in the user's security history",
    },
    "account.locked": {
      id: "security.event.account.locked",
      defaultMessage: "Account locked",
      description: "Sign-in history: an event in the user's security history",
    },
    "account.unlocked": {
      id: "security.event.account.unlocked",
      defaultMessage: "Account unlocked",
      description: "Sign-in history: an event in the user's security history",
    },
    "account.reported_compromise": {
      id: "security.event.account.reported_compromise",
      defaultMessage: "Reported activity as not recognized",
      description: "Sign-in history: an event in the user's security history",
    },
    "session.revoked": {
      id: "security.event.session.revoked",
      defaultMessage: "Signed out a session",
      description: "Sign-in history: an event in the user's security history",
    },
    "password.changed": {
      id: "security.event.password.changed",
      defaultMessage: "Password changed",
      description: "Sign-in history: an event in the user's security history",
    },
    "password.reset_requested": {
      id: "security.event.password.reset_requested",
      defaultMessage: "Password reset requested",
      description: "Sign-in history: an event in the user's security history",
    },
    "password.reset": {
      id: "security.event.password.reset",
      defaultMessage: "Password reset",
      description: "Sign-in history: an event in the user's security history",
    },
    "password.temporary_set": {
      id: "security.event.password.temporary_set",
      defaultMessage: "Temporary password set by an admin",
      description: "Sign-in history: an event in the user's security history",
    },
    "mfa.totp_enabled": {
      id: "security.event.mfa.totp_enabled",
      defaultMessage: "Authenticator app set up",
      description: "Sign-in history: an event in the user's security history",
    },
    "mfa.totp_replaced": {
      id: "security.event.mfa.totp_replaced",
      defaultMessage: "Authenticator app replaced",
      description: "Sign-in history: an event in the user's security history",
    },
    "mfa.totp_removed": {
      id: "security.event.mfa.totp_removed",
      defaultMessage: "Authenticator app removed",
      description: "Sign-in history: an event in the user's security history",
    },
    "mfa.recovery_codes_generated": {
      id: "security.event.mfa.recovery_codes_generated",
      defaultMessage: "New recovery codes created",
      description: "Sign-in history: an event in the user's security history",
    },
    "mfa.reset_by_admin": {
      id: "security.event.mfa.reset_by_admin",
      defaultMessage: "Multi-factor authentication reset by an admin",
      description: "Sign-in history: an event in the user's security history",
    },
    "mfa.enrollment_skipped": {
      id: "security.event.mfa.enrollment_skipped",
      defaultMessage: "Authenticator setup postponed",
      description: "Sign-in history: an event in the user's security history",
    },
    "passkey.registered": {
      id: "security.event.passkey.registered",
      defaultMessage: "Device login set up",
      description: "Sign-in history: an event in the user's security history",
    },
    "passkey.removed": {
      id: "security.event.passkey.removed",
      defaultMessage: "Device login removed",
      description: "Sign-in history: an event in the user's security history",
    },
    "device.connect_key_created": {
      id: "security.event.device.connect_key_created",
      defaultMessage: "Connect key created",
      description: "Sign-in history: an event in the user's security history",
    },
    "device.enrolled": {
      id: "security.event.device.enrolled",
      defaultMessage: "Device enrolled",
      description: "Sign-in history: an event in the user's security history",
    },
    "device.enrollment_refused": {
      id: "security.event.device.enrollment_refused",
      defaultMessage: "Device enrollment refused",
      description: "Sign-in history: an event in the user's security history",
    },
    "device.removed": {
      id: "security.event.device.removed",
      defaultMessage: "Device removed",
      description: "Sign-in history: an event in the user's security history",
    },
    "device.revoked": {
      id: "security.event.device.revoked",
      defaultMessage: "Device revoked by an admin",
      description: "Sign-in history: an event in the user's security history",
    },
    "ssh_key.added": {
      id: "security.event.ssh_key.added",
      defaultMessage: "SSH key added",
      description: "Sign-in history: an event in the user's security history",
    },
    "ssh_key.removed": {
      id: "security.event.ssh_key.removed",
      defaultMessage: "SSH key removed",
      description: "Sign-in history: an event in the user's security history",
    },
    "profile.changed": {
      id: "security.event.profile.changed",
      defaultMessage: "Profile changed",
      description: "Sign-in history: an event in the user's security history",
    },
  }),
};
