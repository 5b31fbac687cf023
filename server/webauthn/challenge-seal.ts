// WebAuthn challenges that carry their own state (issue 14): a random nonce and the expiry, sealed
// with an HMAC over them and what the challenge is bound to (its purpose, and the user and session
// where it has them), under a key derived from the server's secret key that every instance shares
// (storage/server-key.ts). Issuing one writes nothing; opening one checks the MAC in constant time
// and the expiry. Single use is the verifier's job: it records the challenge as spent under a
// unique key (webauthn-challenges.ts). Device challenges are sealed the same way under the same key
// (devices/device-proof.ts); their purpose, inside the MAC, keeps the two kinds apart.
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import type { Random } from "../lib/clock.ts";
import type { WebauthnChallengePurpose } from "../storage/devices-schema.ts";

export const webauthnChallengeLifetimeMs = 2 * 60 * 1000;

/** What a challenge is for: a WebAuthn ceremony, or a device proving it holds its key. */
export type ChallengePurpose = WebauthnChallengePurpose | "device_proof";

/** What a challenge is bound to: the verifier must present the same to open it. */
export type ChallengeBinding = {
  purpose: ChallengePurpose;
  userId: string | null;
  sessionId: string | null;
};

const version = 1;
// WebAuthn §13.4.3: at least 16 random bytes.
const nonceLength = 16;
const expiryLength = 6; // milliseconds since 1970, big-endian: enough until the year 10889
const macLength = 32;
const headerLength = 1 + nonceLength + expiryLength;
const sealedLength = headerLength + macLength;

const derivedKeys = new WeakMap<Buffer, Buffer>();

/** The challenges' MAC key, derived from the server's secret key (never the key itself). */
export function challengeKeyFrom(secretKey: Buffer): Buffer {
  let key = derivedKeys.get(secretKey);
  if (key === undefined) {
    key = Buffer.from(hkdfSync("sha256", secretKey, "", "gatehouse webauthn challenges", 32));
    derivedKeys.set(secretKey, key);
  }
  return key;
}

/** A new challenge for this binding, valid for two minutes from `now`. */
export function sealChallenge(
  key: Buffer,
  random: Random,
  binding: ChallengeBinding,
  now: number,
): Uint8Array<ArrayBuffer> {
  const sealed = new Uint8Array(sealedLength);
  const bytes = Buffer.from(sealed.buffer);
  bytes[0] = version;
  random.bytes(nonceLength).copy(bytes, 1);
  bytes.writeUIntBE(now + webauthnChallengeLifetimeMs, 1 + nonceLength, expiryLength);
  macOf(key, bytes.subarray(0, headerLength), binding).copy(bytes, headerLength);
  return sealed;
}

/**
 * The expiry of a challenge (base64url, as clientDataJSON carries it) sealed by this key for this
 * binding and still valid at `now`; undefined for anything else — forged, altered, expired, or
 * issued for another purpose, user or session.
 */
export function openChallenge(
  key: Buffer,
  challenge: string,
  binding: ChallengeBinding,
  now: number,
): { expiresAt: number } | undefined {
  const bytes = Buffer.from(challenge, "base64url");
  // The round trip refuses a second spelling of the same bytes (padding, stray bits).
  if (
    bytes.length !== sealedLength ||
    bytes[0] !== version ||
    bytes.toString("base64url") !== challenge
  ) {
    return undefined;
  }
  const expected = macOf(key, bytes.subarray(0, headerLength), binding);
  if (!timingSafeEqual(expected, bytes.subarray(headerLength))) {
    return undefined;
  }
  const expiresAt = bytes.readUIntBE(1 + nonceLength, expiryLength);
  return now < expiresAt ? { expiresAt } : undefined;
}

function macOf(key: Buffer, header: Buffer, binding: ChallengeBinding): Buffer {
  // JSON keeps the binding's fields apart: no two bindings give the same text.
  const bound = JSON.stringify([binding.purpose, binding.userId, binding.sessionId]);
  return createHmac("sha256", key).update(header).update(bound).digest();
}
