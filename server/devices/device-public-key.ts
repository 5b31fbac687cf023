// A device's public key as it travels: SPKI DER, base64url. Only P-256 keys are accepted, the
// curve main/core/device-key.ts generates.
import { createPublicKey, type KeyObject } from "node:crypto";

export function parseDevicePublicKey(encoded: string): KeyObject | undefined {
  try {
    const key = createPublicKey({
      key: Buffer.from(encoded, "base64url"),
      format: "der",
      type: "spki",
    });
    const details = key.asymmetricKeyDetails;
    return key.asymmetricKeyType === "ec" && details?.namedCurve === "prime256v1" ? key : undefined;
  } catch {
    return undefined; // not DER, not SPKI: the caller refuses it as a value
  }
}
