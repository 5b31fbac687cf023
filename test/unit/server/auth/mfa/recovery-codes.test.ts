import { describe, expect, it } from "vitest";
import {
  generateRecoveryCodes,
  hashRecoveryCode,
  normalizeRecoveryCode,
} from "../../../../../server/auth/mfa/recovery-codes.ts";
import { systemRandom } from "../../../../../server/lib/clock.ts";

describe("recovery codes", () => {
  it("are ten distinct codes of at least 64 bits, stored only as hashes", () => {
    const { codes, hashes } = generateRecoveryCodes(systemRandom);
    expect(new Set(codes).size).toBe(10);
    for (const [index, code] of codes.entries()) {
      expect(code).toMatch(/^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/);
      expect(code.replaceAll("-", "").length * 5).toBeGreaterThanOrEqual(64);
      expect(hashes[index]).toBe(hashRecoveryCode(code));
      expect(hashes[index]).not.toContain(code.replaceAll("-", ""));
    }
  });

  it("are read as typed: any case, with or without separators", () => {
    const [code = ""] = generateRecoveryCodes(systemRandom).codes;
    expect(normalizeRecoveryCode(code.toUpperCase().replaceAll("-", " "))).toBe(code);
    expect(normalizeRecoveryCode(code.replaceAll("-", ""))).toBe(code);
    expect(normalizeRecoveryCode("abcd-efgh")).toBeUndefined();
    expect(normalizeRecoveryCode("abcd-efgh-ijkl-mn01")).toBeUndefined();
  });
});
