// Recovery codes: 10 single-use codes of 80 bits each, shown once, stored as SHA-256 hashes.
// A fast hash is enough here: unlike passwords, the codes have full entropy (docs/design.md §5).
import { createHash } from "node:crypto";
import type { Random } from "../../lib/clock.ts";
import { encodeBase32 } from "./base32.ts";

export const recoveryCodeCount = 10;
const codeBytes = 10; // 80 bits ≥ the 64-bit floor

export type RecoveryCodeSet = { codes: string[]; hashes: string[] };

export function generateRecoveryCodes(random: Random): RecoveryCodeSet {
  const codes = Array.from({ length: recoveryCodeCount }, () => {
    const text = encodeBase32(random.bytes(codeBytes)).toLowerCase(); // 16 characters
    return `${text.slice(0, 4)}-${text.slice(4, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}`;
  });
  return { codes, hashes: codes.map(hashRecoveryCode) };
}

/** Accepts the code as typed: any case, with or without the hyphens and spaces. */
export function normalizeRecoveryCode(input: string): string | undefined {
  const compact = input.replace(/[\s-]/g, "").toLowerCase();
  if (!/^[a-z2-7]{16}$/.test(compact)) {
    return undefined;
  }
  return `${compact.slice(0, 4)}-${compact.slice(4, 8)}-${compact.slice(8, 12)}-${compact.slice(12, 16)}`;
}

export function hashRecoveryCode(code: string): string {
  return createHash("sha256").update(code).digest("hex");
}
