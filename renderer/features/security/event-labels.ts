// Words a person understands for the audit events in their sign-in history.

const labels: Record<string, string> = {
  "sign_in.succeeded": "Signed in",
  "sign_in.failed": "Failed sign-in",
  "account.locked": "Account locked after failed sign-ins",
  "account.unlocked": "Account unlocked",
  "session.reverified": "Verified again",
  "session.reverify_failed": "Failed verification",
  "session.revoked": "Signed out other sessions",
  "password.changed": "Password changed",
  "password.reset_requested": "Password reset requested",
  "password.reset": "Password reset",
  "password.temporary_set": "Temporary password set by IT",
  "profile.changed": "Profile changed",
  "user.created": "Account created",
  "user.disabled": "Account disabled",
  "user.enabled": "Account enabled",
  "user.role_changed": "Role changed",
  "ssh_key.added": "SSH key added",
  "ssh_key.removed": "SSH key removed",
  "account.reported_compromise": "Reported as not you",
};

const reasons: Record<string, string> = {
  wrong_password: "wrong password",
  locked: "account locked",
  locked_wrong_password: "wrong password while locked",
  account_disabled: "account disabled",
  not_admin: "admin portal refused",
};

export function describeSecurityEvent(event: string, reason: string | null): string {
  const label = labels[event] ?? event;
  if (reason === null || reason === "") {
    return label;
  }
  return `${label} (${reasons[reason] ?? reason.replaceAll("_", " ")})`;
}
