// Device proof (docs/design.md §5): the server issues a single-use challenge, the desktop app signs
// it with the device key, the server checks the signature against the enrolled public key. A
// revoked device's proof is refused. A challenge is sealed, not stored (webauthn/challenge-seal.ts:
// a random nonce and the expiry under an HMAC), so issuing one writes nothing — the push inbox
// hands one out with every answer of its long poll — and the verifier records it as spent in
// spent_device_challenges (migration 0320), once across every instance, whatever the outcome.
import { createHash, verify } from "node:crypto";
import type { Db } from "../storage/database.ts";
import type { Device } from "../storage/devices-schema.ts";
import { resolveSecretKey, type KeyContext } from "../storage/server-key.ts";
import {
  challengeKeyFrom,
  openChallenge,
  sealChallenge,
  webauthnChallengeLifetimeMs,
  type ChallengeBinding,
} from "../webauthn/challenge-seal.ts";
import { spentChallengeMarginMs, spentChallengeRecorder } from "../webauthn/webauthn-challenges.ts";
import { parseDevicePublicKey } from "./device-public-key.ts";
import { findDevice, touchDevice } from "./device-store.ts";

/** Sealed as WebAuthn challenges are, a device challenge lives as long: two minutes. */
export const deviceChallengeLifetimeMs = webauthnChallengeLifetimeMs;

/** A device challenge is bound to its purpose only: the device names itself in the proof. */
const deviceProofBinding: ChallengeBinding = {
  purpose: "device_proof",
  userId: null,
  sessionId: null,
};

export type DeviceProof = { deviceId: string; challenge: string; signature: string };

export type DeviceProofFailure =
  "challenge_invalid" | "device_unknown" | "device_revoked" | "signature_invalid";

export type DeviceProofCheck =
  { ok: true; device: Device } | { ok: false; reason: DeviceProofFailure };

/**
 * What the device signs: a fixed label, the portal origin and the challenge, so a signature
 * made for another server or another purpose never verifies here. main/core/device-key.ts
 * builds the same text.
 */
export function deviceProofMessage(origin: string, challenge: string): Buffer {
  return Buffer.from(`gatehouse-device-proof/v1\n${origin}\n${challenge}`, "utf8");
}

/** A new device challenge (base64url), valid for two minutes from `now`; nothing is stored. */
export async function issueDeviceChallenge(context: KeyContext, now: number): Promise<string> {
  const key = challengeKeyFrom(await resolveSecretKey(context));
  return Buffer.from(sealChallenge(key, context.random, deviceProofBinding, now)).toString(
    "base64url",
  );
}

export async function verifyDeviceProof(
  context: KeyContext,
  proof: DeviceProof,
  at: { origin: string; now: number },
): Promise<DeviceProofCheck> {
  const { db } = context;
  // Consumed first, whatever the outcome: a challenge is good for one attempt only.
  if (!(await spendDeviceChallenge(context, proof.challenge, at.now))) {
    return { ok: false, reason: "challenge_invalid" };
  }
  const device = await findDevice(db, proof.deviceId);
  if (device === undefined) {
    return { ok: false, reason: "device_unknown" };
  }
  if (device.revoked_at !== null) {
    return { ok: false, reason: "device_revoked" };
  }
  const key = parseDevicePublicKey(device.public_key);
  const signature = Buffer.from(proof.signature, "base64url");
  const message = deviceProofMessage(at.origin, proof.challenge);
  if (key === undefined || !verify("sha256", message, { key, dsaEncoding: "der" }, signature)) {
    return { ok: false, reason: "signature_invalid" };
  }
  await touchDevice(db, device.id, at.now);
  return { ok: true, device };
}

// Every device proof sends it (each push inbox poll has one).
const recordDeviceChallengeSpent = spentChallengeRecorder("spent_device_challenges");

/**
 * Records a challenge this server sealed, unexpired, as spent: false when it is not one, or was
 * spent before (a replay). The record outlives the expiry by the WebAuthn challenges' margin for
 * clocks that disagree between instances; the timed sweep deletes it afterwards.
 */
async function spendDeviceChallenge(
  context: KeyContext,
  challenge: string,
  now: number,
): Promise<boolean> {
  const key = challengeKeyFrom(await resolveSecretKey(context));
  const opened = openChallenge(key, challenge, deviceProofBinding, now);
  if (opened === undefined) {
    return spendStoredDeviceChallenge(context.db, challenge, now);
  }
  const expiresAt = opened.expiresAt + spentChallengeMarginMs;
  return recordDeviceChallengeSpent(context.db, { challenge, expires_at: expiresAt });
}

/**
 * A challenge an instance of the previous release issued and stored (hashed) in device_challenges,
 * during a rolling deploy: spent by deleting it, as that release did. A later release drops the
 * table (migration 0320).
 */
async function spendStoredDeviceChallenge(db: Db, challenge: string, now: number) {
  const consumed = await db
    .deleteFrom("device_challenges")
    .where("challenge_hash", "=", createHash("sha256").update(challenge).digest("hex"))
    .returning("expires_at")
    .executeTakeFirst();
  return consumed !== undefined && now < consumed.expires_at;
}
