// Rotating the SSO keys, from the admin CLI or the admin API: fresh keys sealed with the server
// key, the rotation audited in the same transaction (the active key ids before and after), and
// every running instance told (the `sso-keys` change topic), so all of them sign with the new keys
// within a second; retired keys stay published.
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
  await rotation.db.transaction().execute(async (db) => {
    const before = await activeKeyIds(db, purpose);
    await rotateSsoKeys({ ...rotation, db, sealingKey }, organizationId, purpose);
    // Keys are named by their ids: a private half never reaches the log.
    await recordAuditEvent(db, {
      event: "sso.keys_rotated",
      at: rotation.clock.now(),
      actorId: rotation.actorId,
      targetId: purpose,
      ...(rotation.origin === undefined ? {} : { origin: rotation.origin }),
      details: {
        purpose,
        changed: ["activeKeys"],
        before: { activeKeys: before },
        after: { activeKeys: await activeKeyIds(db, purpose) },
      },
    });
  });
  await rotation.announce(changeTopics.ssoKeys);
  return { ok: true };
}

function activeKeyIds(db: KeyContext["db"], purpose: SsoKeyPurpose): Promise<string[]> {
  return db
    .selectFrom("sso_keys")
    .select("id")
    .where("purpose", "=", purpose)
    .where("retired_at", "is", null)
    .orderBy("id")
    .execute()
    .then((rows) => rows.map((row) => row.id));
}

export type SsoKeySummary = {
  id: string;
  purpose: SsoKeyPurpose;
  algorithm: string;
  createdAt: number;
  retiredAt: number | null;
};

/**
 * The keys the console lists, active ones first, then newest first: never their private halves,
 * which are not even opened here.
 */
export async function listSsoKeySummaries(db: KeyContext["db"]): Promise<SsoKeySummary[]> {
  const rows = await db
    .selectFrom("sso_keys")
    .select(["id", "purpose", "algorithm", "created_at", "retired_at"])
    .orderBy("created_at", "desc")
    .orderBy("id")
    .execute();
  const keys = rows.map((row) => ({
    id: row.id,
    purpose: row.purpose,
    algorithm: row.algorithm,
    createdAt: Number(row.created_at),
    retiredAt: row.retired_at === null ? null : Number(row.retired_at),
  }));
  return [
    ...keys.filter((key) => key.retiredAt === null),
    ...keys.filter((key) => key.retiredAt !== null),
  ];
}
