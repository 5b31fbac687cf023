// Device proof (docs/design.md §5): the server issues a single-use challenge (256 bits, 2-minute
// TTL, stored hashed), the desktop app signs it with the device key, the server checks the
// signature against the enrolled public key. A revoked device's proof is refused.
import { createHash, verify } from "node:crypto";
import type { Random } from "../lib/clock.ts";
import type { Db } from "../storage/database.ts";
import type { Device } from "../storage/devices-schema.ts";
import { parseDevicePublicKey } from "./device-public-key.ts";
import { findDevice, touchDevice } from "./device-store.ts";

export const deviceChallengeLifetimeMs = 2 * 60 * 1000;

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

export async function issueDeviceChallenge(db: Db, random: Random, now: number): Promise<string> {
  const challenge = random.bytes(32).toString("base64url");
  await db
    .insertInto("device_challenges")
    .values({
      challenge_hash: hashChallenge(challenge),
      expires_at: now + deviceChallengeLifetimeMs,
    })
    .execute();
  // Expired challenges are deleted by the timed sweep (storage/expiry-sweep.ts), not here.
  return challenge;
}

export async function verifyDeviceProof(
  db: Db,
  proof: DeviceProof,
  context: { origin: string; now: number },
): Promise<DeviceProofCheck> {
  // Consumed first, whatever the outcome: a challenge is good for one attempt only.
  const consumed = await db
    .deleteFrom("device_challenges")
    .where("challenge_hash", "=", hashChallenge(proof.challenge))
    .returning("expires_at")
    .executeTakeFirst();
  if (consumed === undefined || context.now >= consumed.expires_at) {
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
  const message = deviceProofMessage(context.origin, proof.challenge);
  if (key === undefined || !verify("sha256", message, { key, dsaEncoding: "der" }, signature)) {
    return { ok: false, reason: "signature_invalid" };
  }
  await touchDevice(db, device.id, context.now);
  return { ok: true, device };
}

function hashChallenge(challenge: string): string {
  return createHash("sha256").update(challenge).digest("hex");
}
