// Table types for Kysely. Times are integer milliseconds since the epoch, booleans are 0/1 and
// ids are UUID strings, so the same values round-trip through SQLite and PostgreSQL.
import type { Generated, Insertable, Selectable, Updateable } from "kysely";
import type { ApiTokensDatabase } from "./api-tokens-schema.ts";
import type { Locale } from "../../locales/locales.ts";
import type { AppsDatabase } from "./apps-schema.ts";
import type { CoordinationDatabase } from "./coordination-schema.ts";
import type { DevicesDatabase } from "./devices-schema.ts";
import type { MfaDatabase } from "./mfa-schema.ts";
import type { PushDatabase } from "./push-schema.ts";
import type { RequestsDatabase } from "./requests-schema.ts";
import type { WebhooksDatabase } from "./webhooks-schema.ts";

export type OrganizationsTable = {
  id: string;
  name: string;
  created_at: number;
};

export type UserRole = "user" | "admin";
/** Why an account is locked: failed sign-in attempts, or "This wasn't me". */
export type LockReason = "failed_attempts" | "reported_compromise";
export type UserStatus = "active" | "disabled";

export type UsersTable = {
  id: string;
  organization_id: string;
  email: string; // stored lower-case; the sign-in identifier
  username: string;
  first_name: string;
  last_name: string;
  display_name: string;
  role: UserRole;
  status: UserStatus;
  password_hash: string | null;
  mobile_phone: string | null;
  work_phone: string | null;
  home_address: string | null;
  personal_email: string | null;
  job_title: string | null;
  department: string | null;
  employee_id: string | null;
  manager: string | null;
  cost_center: string | null;
  office_location: string | null;
  start_date: string | null; // ISO date (YYYY-MM-DD)
  created_at: number;
  updated_at: number;
  failed_attempts: Generated<number>;
  locked_at: number | null;
  locked_until: number | null; // null while locked_at is set: locked until an admin unlocks
  lock_reason: LockReason | null; // set with locked_at (migration 0051)
  must_change_password: Generated<number>; // 0/1
  password_changed_at: number | null;
  mfa_required_since: number | null;
  locale: Locale | null; // the user's language choice; null follows the browser (migration 0130)
  invited_at: number | null; // set while an invitation is open (migration 0144)
  scim_external_id: string | null; // the SCIM client's own id for the account (migration 0160)
};

/** The words a user is found by in the admin search (migration 0140, lib/search-terms.ts). */
export type UserSearchTermsTable = { term: string; user_id: string };

/** Who changed each policy setting last (migration 0143). */
export type PolicySettingChangesTable = {
  kind: string;
  setting: string;
  changed_at: number;
  changed_by: string | null;
};

export type SessionsTable = {
  id: string;
  user_id: string;
  secret_hash: string; // hex SHA-256 of the token's secret half; the secret itself is never stored
  created_at: number;
  verified_at: number;
  last_seen_at: number;
  expires_at: number;
  ip: string | null;
  user_agent: string | null;
  mfa_enroll_by: number | null; // set while MFA is required and the user has no factor yet
};

export type Portal = "user" | "admin";

export type LoginFlowsTable = {
  id: string;
  secret_hash: string;
  email: string;
  /** "push": waiting for the desktop app to approve (auth/push/); "mfa": for a code. */
  step: "password" | "mfa" | "push";
  user_id: string | null; // whose password was right, once the flow passed the password step
  mfa_failures: Generated<number>;
  portal: Generated<Portal>;
  created_at: number;
  expires_at: number;
};

export type PoliciesTable = {
  kind: string;
  value: string; // JSON of the kind's schema
  updated_at: number;
  updated_by: string | null;
};

export type AuditEventsTable = {
  id: string;
  at: number;
  event: string;
  reason: string | null;
  actor_id: string | null;
  target_id: string | null;
  target_email: string | null;
  ip: string | null;
  user_agent: string | null;
  details: string | null; // JSON; never a secret
};

export type PasswordHistoryTable = {
  id: string;
  user_id: string;
  password_hash: string;
  created_at: number;
};

export type PasswordResetTokensTable = {
  id: string;
  user_id: string;
  secret_hash: string;
  created_at: number;
  expires_at: number;
};

export type MailOutboxTable = {
  id: string;
  created_at: number;
  recipient: string;
  subject: string;
  body: string;
};

export type PasswordExpiryRemindersTable = {
  user_id: string;
  expires_at: number;
  days_before: number;
  sent_at: number;
};

export type SshKeysTable = {
  id: string;
  user_id: string;
  name: string;
  type: string;
  bits: number;
  fingerprint: string; // "SHA256:…" as ssh-keygen -lf prints it
  comment: string;
  public_key: string; // the canonical authorized_keys line
  created_at: number;
};

export type Database = AppsDatabase &
  ApiTokensDatabase &
  WebhooksDatabase &
  RequestsDatabase &
  DevicesDatabase &
  CoordinationDatabase &
  PushDatabase & {
    organizations: OrganizationsTable;
    users: UsersTable;
    user_search_terms: UserSearchTermsTable;
    policy_setting_changes: PolicySettingChangesTable;
    sessions: SessionsTable;
    login_flows: LoginFlowsTable;
    policies: PoliciesTable;
    audit_events: AuditEventsTable;
    password_history: PasswordHistoryTable;
    password_reset_tokens: PasswordResetTokensTable;
    mail_outbox: MailOutboxTable;
    password_expiry_reminders: PasswordExpiryRemindersTable;
    ssh_keys: SshKeysTable;
    mfa_totp_factors: MfaDatabase["mfa_totp_factors"];
    mfa_recovery_codes: MfaDatabase["mfa_recovery_codes"];
    server_secrets: MfaDatabase["server_secrets"];
  };

export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type Session = Selectable<SessionsTable>;
export type SshKey = Selectable<SshKeysTable>;
export type LoginFlow = Selectable<LoginFlowsTable>;
export type AuditEvent = Selectable<AuditEventsTable>;
