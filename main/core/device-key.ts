// The device key (docs/design.md §5 "Device enrollment"): a P-256 key pair made on first use; the
// private key never leaves the device and is kept in the SecretStore (encrypted by the OS).
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign } from "node:crypto";
import type { SecretStore } from "./secret-store.ts";

const keyName = "device-key";
const deviceIdName = "device-id";

export type DeviceIdentity = {
  /** SPKI DER, base64url: what the server stores. */
  publicKey: string;
  /** Set once the organization accepted this device. */
  deviceId: string | undefined;
};

/** Loads the device key, creating and storing it the first time. */
export async function loadDeviceIdentity(store: SecretStore): Promise<DeviceIdentity> {
  let privateKey = await store.read(keyName);
  if (privateKey === undefined) {
    const pair = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
    privateKey = pair.privateKey.export({ format: "der", type: "pkcs8" }).toString("base64url");
    await store.write(keyName, privateKey);
  }
  const publicKey = createPublicKey(privateKeyObject(privateKey))
    .export({ format: "der", type: "spki" })
    .toString("base64url");
  return { publicKey, deviceId: await store.read(deviceIdName) };
}

export async function rememberDeviceId(store: SecretStore, deviceId: string): Promise<void> {
  await store.write(deviceIdName, deviceId);
}

/**
 * What the device signs: a fixed label, the portal origin and the server's challenge, so a
 * signature made for one server or purpose is useless anywhere else. server/devices/device-proof.ts
 * builds the same text.
 */
export function deviceProofMessage(origin: string, challenge: string): Buffer {
  return Buffer.from(`gatehouse-device-proof/v1\n${origin}\n${challenge}`, "utf8");
}

export type SignedChallenge = { deviceId: string; signature: string };

export type SignOutcome =
  { ok: true; value: SignedChallenge } | { ok: false; code: "NOT_ENROLLED"; message: string };

/** Signs a server challenge for the portal at `origin` (ECDSA P-256 / SHA-256, DER). */
export async function signDeviceChallenge(
  store: SecretStore,
  origin: string,
  challenge: string,
): Promise<SignOutcome> {
  const privateKey = await store.read(keyName);
  const deviceId = await store.read(deviceIdName);
  if (privateKey === undefined || deviceId === undefined) {
    return {
      ok: false,
      code: "NOT_ENROLLED",
      message: "This device is not enrolled with your organization yet.",
    };
  }
  const signature = sign("sha256", deviceProofMessage(origin, challenge), {
    key: privateKeyObject(privateKey),
    dsaEncoding: "der",
  });
  return { ok: true, value: { deviceId, signature: signature.toString("base64url") } };
}

function privateKeyObject(encoded: string) {
  return createPrivateKey({ key: Buffer.from(encoded, "base64url"), format: "der", type: "pkcs8" });
}
