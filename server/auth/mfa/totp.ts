// Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP): SHA-1, 6 digits, 30-second steps,
// the current and the previous step accepted, and never a step at or below the last one accepted
// (replay; docs/design.md §5). Storing the accepted step atomically is the caller's job.
import { createHmac, timingSafeEqual } from "node:crypto";
import type { Random } from "../../lib/clock.ts";
import { decodeBase32, encodeBase32 } from "./base32.ts";

export const totpStepSeconds = 30;
export const totpDigits = 6;
const secretBytes = 20; // 160 bits, the length RFC 4226 §4 recommends

export type TotpEnrollment = { secret: string; uri: string };

export function createTotpEnrollment(options: {
  random: Random;
  issuer: string;
  accountName: string;
}): TotpEnrollment {
  const secret = encodeBase32(options.random.bytes(secretBytes));
  // Key URI format (Google Authenticator wiki): otpauth://totp/Issuer:account?secret=…&issuer=…
  const label = `${encodeURIComponent(options.issuer)}:${encodeURIComponent(options.accountName)}`;
  const parameters = new URLSearchParams({
    secret,
    issuer: options.issuer,
    algorithm: "SHA1",
    digits: String(totpDigits),
    period: String(totpStepSeconds),
  });
  return { secret, uri: `otpauth://totp/${label}?${parameters.toString()}` };
}

/** The step (RFC 6238 T) a moment falls in. */
export function totpStep(nowMs: number): number {
  return Math.floor(nowMs / 1000 / totpStepSeconds);
}

/** HOTP value of one counter (RFC 4226 §5.3), as a zero-padded string of `digits` digits. */
export function hotp(secret: Buffer, counter: number, digits = totpDigits): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const digest = createHmac("sha1", secret).update(message).digest();
  const offset = (digest[digest.length - 1] ?? 0) & 0x0f; // dynamic truncation
  const binary = digest.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, "0");
}

export type TotpVerification =
  { ok: true; step: number } | { ok: false; reason: "malformed" | "invalid" | "replayed" };

export function verifyTotp(options: {
  secret: string; // base32
  code: string;
  nowMs: number;
  lastAcceptedStep: number | null;
}): TotpVerification {
  const code = options.code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(code)) {
    return { ok: false, reason: "malformed" };
  }
  const key = decodeBase32(options.secret);
  const current = totpStep(options.nowMs);
  // Newest first, so a code valid for the current step wins over the previous one.
  for (const step of [current, current - 1]) {
    const expected = hotp(key, step);
    if (timingSafeEqual(Buffer.from(expected), Buffer.from(code))) {
      if (options.lastAcceptedStep !== null && step <= options.lastAcceptedStep) {
        return { ok: false, reason: "replayed" };
      }
      return { ok: true, step };
    }
  }
  return { ok: false, reason: "invalid" };
}
