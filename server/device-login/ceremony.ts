// What every device-login step shares: whether the organization allows device login at all, the
// WebAuthn ceremony for this moment (the portal's origin as relying party, the account's lock
// checked before any assertion, the key that seals its challenges), and what a refused assertion
// costs: a failure counted toward the lock of a known account, and an audit entry.
import { recordAuditEvent, type AuditOrigin } from "../audit/audit-log.ts";
import { lockState, recordFailedAttempt } from "../auth/lockout.ts";
import type { ServerConfig } from "../config/config.ts";
import type { Site } from "../config/site.ts";
import type { Clock, Random } from "../lib/clock.ts";
import { readPolicy } from "../policies/policy-store.ts";
import type { Policies } from "../schemas/policies.ts";
import type { Db } from "../storage/database.ts";
import { resolveSecretKey } from "../storage/server-key.ts";
import type { LockReason, User } from "../storage/schema.ts";
import { challengeKeyFrom } from "../webauthn/challenge-seal.ts";
import type { PasskeyAssertion } from "../webauthn/passkey-authentication.ts";
import { relyingPartyFor } from "../webauthn/relying-party.ts";

export type DeviceLoginContext = {
  db: Db;
  clock: Clock;
  random: Random;
  site: Site;
  config: Pick<ServerConfig, "mode" | "secretKey">;
};

/** The device-login policy, or undefined when the organization has turned device login off. */
export async function enabledPolicy(db: Db): Promise<Policies["deviceLogin"] | undefined> {
  const policy = await readPolicy(db, "deviceLogin");
  return policy.mode === "off" ? undefined : policy;
}

export function ceremonyOf({ db, clock, random, site }: Omit<DeviceLoginContext, "config">) {
  const now = clock.now();
  return {
    db,
    random,
    now,
    rp: relyingPartyFor(site.origin),
    lockOf: (user: User) => lockState(user, now),
  };
}

/** The ceremony with the key its challenges are sealed under (webauthn/challenge-seal.ts). */
export async function challengeCeremonyOf(context: DeviceLoginContext) {
  const challengeKey = challengeKeyFrom(await resolveSecretKey(context));
  return { ...ceremonyOf(context), challengeKey };
}

export type RefusedAssertion =
  | { reason: "challenge_invalid" | "passkey_invalid" }
  | { reason: "locked"; until: number | null; lockReason: LockReason };

/** Counts a wrong assertion against a known account, audits it, and says why it failed. */
export async function refuseAssertion(
  { db, clock }: Pick<DeviceLoginContext, "db" | "clock">,
  result: Exclude<PasskeyAssertion, { ok: true }>,
  origin: AuditOrigin,
): Promise<RefusedAssertion> {
  const now = clock.now();
  if ("user" in result) {
    if (result.reason === "assertion_invalid") {
      await recordFailedAttempt(db, result.user.id, await readPolicy(db, "lockout"), now);
    }
    await recordAuditEvent(db, {
      event: "passkey.sign_in_failed",
      at: now,
      reason: result.reason,
      targetId: result.user.id,
      targetEmail: result.user.email,
      origin,
    });
    if (result.reason === "locked") {
      return { reason: "locked", until: result.until, lockReason: result.lockReason };
    }
  }
  return {
    reason: result.reason === "challenge_invalid" ? "challenge_invalid" : "passkey_invalid",
  };
}
