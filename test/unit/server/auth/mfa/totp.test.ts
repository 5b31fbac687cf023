import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { decodeBase32, encodeBase32 } from "../../../../../server/auth/mfa/base32.ts";
import {
  createTotpEnrollment,
  hotp,
  totpStep,
  verifyTotp,
} from "../../../../../server/auth/mfa/totp.ts";
import { systemRandom } from "../../../../../server/lib/clock.ts";
import { oathtool, skipNote } from "../../../../fixtures/system-tools.ts";

// RFC 6238 Appendix B, SHA-1 rows: the seed is the ASCII string "12345678901234567890".
const rfcSeed = Buffer.from("12345678901234567890");
const rfcVectors: [number, string][] = [
  [59, "94287082"],
  [1111111109, "07081804"],
  [1111111111, "14050471"],
  [1234567890, "89005924"],
  [2000000000, "69279037"],
  [20000000000, "65353130"],
];

describe("TOTP (RFC 6238)", () => {
  it.each(rfcVectors)("matches the RFC test vector at T = %i s", (seconds, expected) => {
    expect(hotp(rfcSeed, totpStep(seconds * 1000), 8)).toBe(expected);
  });

  it("accepts the six-digit code of the current step for the RFC seed", () => {
    const secret = encodeBase32(rfcSeed);
    expect(verifyTotp({ secret, code: "287082", nowMs: 59_000, lastAcceptedStep: null })).toEqual({
      ok: true,
      step: 1,
    });
  });

  it.skipIf(oathtool.skipReason !== undefined)(
    `accepts codes produced by an independent implementation (oathtool)${skipNote(oathtool)}`,
    () => {
      const { secret } = createTotpEnrollment({
        random: systemRandom,
        issuer: "Gatehouse",
        accountName: "a@example.com",
      });
      const nowMs = Date.UTC(2026, 0, 5, 9, 0, 10);
      const code = execFileSync(
        "oathtool",
        ["--totp", "-b", secret, "--now", "2026-01-05 09:00:10 UTC"],
        { encoding: "utf8" },
      ).trim();
      expect(verifyTotp({ secret, code, nowMs, lastAcceptedStep: null })).toMatchObject({
        ok: true,
      });
    },
  );

  it("accepts the current and the previous step only", () => {
    const secret = encodeBase32(rfcSeed);
    const nowMs = 1111111111 * 1000;
    const now = totpStep(nowMs);
    const outcome = (offset: number) =>
      verifyTotp({ secret, code: hotp(rfcSeed, now + offset), nowMs, lastAcceptedStep: null }).ok;
    expect([-2, -1, 0, 1, 2].map(outcome)).toEqual([false, true, true, false, false]);
  });

  it("refuses a code whose step is at or below the last accepted one (replay)", () => {
    const secret = encodeBase32(rfcSeed);
    const nowMs = 1234567890 * 1000;
    const step = totpStep(nowMs);
    const code = hotp(rfcSeed, step);
    expect(verifyTotp({ secret, code, nowMs, lastAcceptedStep: step - 1 })).toEqual({
      ok: true,
      step,
    });
    expect(verifyTotp({ secret, code, nowMs, lastAcceptedStep: step })).toEqual({
      ok: false,
      reason: "replayed",
    });
    const previous = hotp(rfcSeed, step - 1);
    expect(verifyTotp({ secret, code: previous, nowMs, lastAcceptedStep: step })).toEqual({
      ok: false,
      reason: "replayed",
    });
  });

  it.each(["", "12345", "1234567", "12a456", "１２３４５６"])("calls %j malformed", (code) => {
    expect(
      verifyTotp({ secret: encodeBase32(rfcSeed), code, nowMs: 0, lastAcceptedStep: null }),
    ).toEqual({
      ok: false,
      reason: "malformed",
    });
  });

  it("makes 160-bit secrets and an otpauth URI authenticator apps understand", () => {
    const { secret, uri } = createTotpEnrollment({
      random: systemRandom,
      issuer: "Acme Corp",
      accountName: "alex@example.com",
    });
    expect(decodeBase32(secret)).toHaveLength(20);
    const url = new URL(uri);
    expect(url.protocol).toBe("otpauth:");
    expect(url.host).toBe("totp");
    expect(decodeURIComponent(url.pathname)).toBe("/Acme Corp:alex@example.com");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      secret,
      issuer: "Acme Corp",
      algorithm: "SHA1",
      digits: "6",
      period: "30",
    });
  });

  it("round-trips base32 and reads what people type", () => {
    for (const length of [0, 1, 5, 10, 20, 33]) {
      const bytes = systemRandom.bytes(length);
      expect(decodeBase32(encodeBase32(bytes))).toEqual(bytes);
    }
    expect(decodeBase32("gezd gnbv-gy3t qojq====")).toEqual(Buffer.from("1234567890"));
    expect(() => decodeBase32("ABC1")).toThrow(/not a base32 character/);
  });
});
