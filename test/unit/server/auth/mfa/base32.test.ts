import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeBase32, encodeBase32 } from "../../../../../server/auth/mfa/base32.ts";

describe("base32 for authenticator secrets", () => {
  it("matches the RFC 4648 test vectors (without padding)", () => {
    const vectors: [string, string][] = [
      ["", ""],
      ["f", "MY"],
      ["fo", "MZXQ"],
      ["foo", "MZXW6"],
      ["foob", "MZXW6YQ"],
      ["fooba", "MZXW6YTB"],
      ["foobar", "MZXW6YTBOI"],
    ];
    for (const [plain, encoded] of vectors) {
      expect(encodeBase32(Buffer.from(plain))).toBe(encoded);
      expect(decodeBase32(encoded).toString()).toBe(plain);
    }
  });

  it("gives back every byte string it encodes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect([...decodeBase32(encodeBase32(bytes))]).toEqual([...bytes]);
      }),
    );
  });

  it("reads a secret as a person types it: any case, spaces, hyphens, padding", () => {
    expect(decodeBase32("mzxw 6ytb-oi==").toString()).toBe("foobar");
  });

  it("refuses a character outside the alphabet", () => {
    expect(() => decodeBase32("MZXW1")).toThrow(/"1" is not a base32 character/);
    expect(() => decodeBase32("MZXW8")).toThrow(TypeError);
  });
});
