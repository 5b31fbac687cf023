import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseDevicePublicKey } from "../../../../server/devices/device-public-key.ts";

function spki(key: ReturnType<typeof generateKeyPairSync>["publicKey"]): string {
  return key.export({ type: "spki", format: "der" }).toString("base64url");
}

describe("a device's public key", () => {
  it("is accepted as a P-256 key in SPKI DER, base64url", () => {
    const { publicKey } = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
    const parsed = parseDevicePublicKey(spki(publicKey));
    expect(parsed?.asymmetricKeyDetails?.namedCurve).toBe("prime256v1");
  });

  it("is refused on another curve or algorithm", () => {
    const p384 = generateKeyPairSync("ec", { namedCurve: "secp384r1" }).publicKey;
    const ed25519 = generateKeyPairSync("ed25519").publicKey;
    const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 }).publicKey;
    for (const key of [p384, ed25519, rsa]) {
      expect(parseDevicePublicKey(spki(key))).toBeUndefined();
    }
  });

  it("is refused as a value, never an exception, when it is not a key at all", () => {
    for (const garbage of [
      "",
      "not base64 at all!",
      "AAAA",
      "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE",
    ]) {
      expect(parseDevicePublicKey(garbage)).toBeUndefined();
    }
  });
});
