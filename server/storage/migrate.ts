// One migration set for both dialects, listed in code so a bundled server carries it along.
import { sql } from "kysely";
import {
  DEFAULT_MIGRATION_TABLE,
  Migrator,
  type Migration,
  type MigrationProvider,
} from "kysely/migration";
import type { Db } from "./database.ts";
import * as accountsAndSessions from "./migrations/0001-accounts-and-sessions.ts";
import * as lockoutPoliciesAudit from "./migrations/0002-lockout-policies-audit.ts";
import * as passwordLifecycleAndMail from "./migrations/0003-password-lifecycle-and-mail.ts";
import * as applicationsAndSso from "./migrations/0010-applications-and-sso.ts";
import * as sshKeys from "./migrations/0020-ssh-keys.ts";
import * as mfa from "./migrations/0030-mfa.ts";
import * as devicesAndPasskeys from "./migrations/0040-devices-and-passkeys.ts";
import * as changeVersionsAndJobLeases from "./migrations/0045-change-versions-and-job-leases.ts";
import * as oidcTokenEndpointAuthMethod from "./migrations/0050-oidc-token-endpoint-auth-method.ts";
import * as lockReason from "./migrations/0051-lock-reason.ts";
import * as canonicalSshKeys from "./migrations/0052-canonical-ssh-keys.ts";
import * as rateLimitWindows from "./migrations/0070-rate-limit-windows.ts";
import * as oidcIdTokenSigningAlg from "./migrations/0090-oidc-id-token-signing-alg.ts";
import * as expiryIndexes from "./migrations/0091-expiry-indexes.ts";
import * as apiTokens from "./migrations/0120-api-tokens.ts";
import * as auditWebhooks from "./migrations/0121-audit-webhooks.ts";
import * as userLocale from "./migrations/0130-user-locale.ts";
import * as userSearch from "./migrations/0140-user-search.ts";
import * as auditPaging from "./migrations/0141-audit-paging.ts";
import * as profilePolicyPerField from "./migrations/0142-profile-policy-per-field.ts";
import * as policySettingChanges from "./migrations/0143-policy-setting-changes.ts";
import * as invitations from "./migrations/0144-invitations.ts";
import * as pushApprovals from "./migrations/0150-push-approvals.ts";
import * as scimExternalId from "./migrations/0160-scim-external-id.ts";
import * as accessRequests from "./migrations/0170-access-requests.ts";
import * as samlSpCertificate from "./migrations/0180-saml-sp-certificate.ts";
import * as webhookAttempts from "./migrations/0200-webhook-attempts.ts";
import * as scimUsernameIndex from "./migrations/0201-scim-username-index.ts";
import * as oidcBearerIdsHashed from "./migrations/0210-oidc-bearer-ids-hashed.ts";
import * as oidcCookieIdsHashed from "./migrations/0270-oidc-cookie-ids-hashed.ts";
import * as webhookDeliverySequence from "./migrations/0280-webhook-delivery-sequence.ts";
import * as oidcPayloadsUidModel from "./migrations/0300-oidc-payloads-uid-model.ts";
import * as spentWebauthnChallenges from "./migrations/0310-spent-webauthn-challenges.ts";
import * as spentDeviceChallenges from "./migrations/0320-spent-device-challenges.ts";

const migrations: Record<string, Migration> = {
  "0001-accounts-and-sessions": accountsAndSessions,
  "0002-lockout-policies-audit": lockoutPoliciesAudit,
  "0003-password-lifecycle-and-mail": passwordLifecycleAndMail,
  "0010-applications-and-sso": applicationsAndSso,
  "0020-ssh-keys": sshKeys,
  "0030-mfa": mfa,
  "0040-devices-and-passkeys": devicesAndPasskeys,
  "0045-change-versions-and-job-leases": changeVersionsAndJobLeases,
  "0050-oidc-token-endpoint-auth-method": oidcTokenEndpointAuthMethod,
  "0051-lock-reason": lockReason,
  "0052-canonical-ssh-keys": canonicalSshKeys,
  "0070-rate-limit-windows": rateLimitWindows,
  "0090-oidc-id-token-signing-alg": oidcIdTokenSigningAlg,
  "0091-expiry-indexes": expiryIndexes,
  "0120-api-tokens": apiTokens,
  "0121-audit-webhooks": auditWebhooks,
  "0130-user-locale": userLocale,
  "0140-user-search": userSearch,
  "0141-audit-paging": auditPaging,
  "0142-profile-policy-per-field": profilePolicyPerField,
  "0143-policy-setting-changes": policySettingChanges,
  "0144-invitations": invitations,
  "0150-push-approvals": pushApprovals,
  "0160-scim-external-id": scimExternalId,
  "0170-access-requests": accessRequests,
  "0180-saml-sp-certificate": samlSpCertificate,
  "0200-webhook-attempts": webhookAttempts,
  "0201-scim-username-index": scimUsernameIndex,
  "0210-oidc-bearer-ids-hashed": oidcBearerIdsHashed,
  "0270-oidc-cookie-ids-hashed": oidcCookieIdsHashed,
  "0280-webhook-delivery-sequence": webhookDeliverySequence,
  "0300-oidc-payloads-uid-model": oidcPayloadsUidModel,
  "0310-spent-webauthn-challenges": spentWebauthnChallenges,
  "0320-spent-device-challenges": spentDeviceChallenges,
};

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };

/** Brings the schema to the latest version; throws with the failing migration's name. */
export async function migrateToLatest(db: Db): Promise<void> {
  if (await isCurrent(db)) {
    return;
  }
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === "Error");
  if (error !== undefined) {
    const name = failed === undefined ? "" : ` (${failed.migrationName})`;
    throw new Error(`Database migration failed${name}`, { cause: error });
  }
}

/**
 * One query instead of the migrator (docs/architecture.md, "Start-up and HTTP"): the migrator
 * first reads the whole schema of the database, which cost most starts more than the rest of
 * this step. Anything but exactly the migrations this code knows — a new database, one behind,
 * one ahead of this code — goes through the migrator, which migrates or refuses as before.
 */
async function isCurrent(db: Db): Promise<boolean> {
  const known = Object.keys(migrations);
  try {
    const { rows } = await sql<{ name: string }>`select name from ${sql.table(
      DEFAULT_MIGRATION_TABLE,
    )}`.execute(db);
    const applied = new Set(rows.map((row) => row.name));
    return applied.size === known.length && known.every((name) => applied.has(name));
  } catch {
    return false; // no migration table yet
  }
}

/** Brings the schema to exactly one named version, up or down (tests of a migration's data). */
export async function migrateTo(db: Db, migrationName: string): Promise<void> {
  const { error } = await new Migrator({ db, provider }).migrateTo(migrationName);
  if (error !== undefined) {
    throw new Error(`Database migration to ${migrationName} failed`, { cause: error });
  }
}
