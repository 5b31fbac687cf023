import { describe, expect, it } from "vitest";
import { openSecret, sealSecret } from "../../../../server/lib/secret-box.ts";
import { systemRandom } from "../../../../server/lib/clock.ts";

const key = Buffer.alloc(32, 7);

describe("secrets at rest (AES-256-GCM)", () => {
  it("round-trips and never stores the plaintext", () => {
    const sealed = sealSecret(key, "JBSWY3DPEHPK3PXP", "factor-1", systemRandom);
    expect(sealed).not.toContain("JBSWY3DPEHPK3PXP");
    expect(openSecret(key, sealed, "factor-1")).toBe("JBSWY3DPEHPK3PXP");
  });

  it("uses a fresh nonce every time", () => {
    expect(sealSecret(key, "same", "id", systemRandom)).not.toBe(
      sealSecret(key, "same", "id", systemRandom),
    );
  });

  it("refuses a wrong key, a record moved to another id, a flipped byte and a malformed record", () => {
    const sealed = sealSecret(key, "secret", "factor-1", systemRandom);
    expect(() => openSecret(Buffer.alloc(32, 8), sealed, "factor-1")).toThrow();
    expect(() => openSecret(key, sealed, "factor-2")).toThrow();
    const parts = sealed.split(".");
    const body = Buffer.from(parts[2] ?? "", "base64url");
    body[0] = (body[0] ?? 0) ^ 1;
    parts[2] = body.toString("base64url");
    expect(() => openSecret(key, parts.join("."), "factor-1")).toThrow();
    expect(() => openSecret(key, "v1.abc", "factor-1")).toThrow(/malformed/);
    expect(() => openSecret(Buffer.alloc(16), sealed, "factor-1")).toThrow(/32 bytes/);
  });
});
