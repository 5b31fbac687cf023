// Rotating the SSO keys, from the admin CLI or the admin API: fresh keys sealed with the server
// key, the rotation audited, and every running instance told (the `sso-keys` change topic), so
// all of them sign with the new keys within a second; retired keys stay published.
import { recordAuditEvent, type AuditOrigin } from "../audit/audit-log.ts";
import { resolveSecretKey, type KeyContext } from "../storage/server-key.ts";
import { rotateSsoKeys, ssoOrganizationId } from "../sso/sso-keys.ts";
import type { SsoKeyPurpose } from "../storage/apps-schema.ts";
import { changeTopics, type AnnounceChange } from "../storage/change-topics.ts";

export const ssoKeyPurposes: readonly SsoKeyPurpose[] = [
  "oidc-signing",
  "saml-signing",
  "oidc-cookie",
];

export type KeyRotation = KeyContext & {
  actorId: string | null;
  origin?: AuditOrigin;
  announce: AnnounceChange;
};

export async function rotateKeys(
  rotation: KeyRotation,
  purpose: SsoKeyPurpose,
): Promise<{ ok: true } | { ok: false; reason: "no_organization" }> {
  const organizationId = await ssoOrganizationId(rotation.db);
  if (organizationId === undefined) {
    return { ok: false, reason: "no_organization" };
  }
  // The same server key the servers seal with: GATEHOUSE_SECRET_KEY, or the generated one of a
  // demo or development database.
  const sealingKey = await resolveSecretKey(rotation);
  await rotateSsoKeys({ ...rotation, sealingKey }, organizationId, purpose);
  await recordAuditEvent(rotation.db, {
    event: "sso.keys_rotated",
    at: rotation.clock.now(),
    actorId: rotation.actorId,
    ...(rotation.origin === undefined ? {} : { origin: rotation.origin }),
    details: { purpose },
  });
  await rotation.announce(changeTopics.ssoKeys);
  return { ok: true };
}
