// Opaque `id.secret` tokens (The Copenhagen Book): the id finds the row, the secret proves
// possession. Only SHA-256(secret) is stored, and it is compared in constant time.
import { hash, timingSafeEqual } from "node:crypto";
import type { Random } from "../lib/clock.ts";

export type IssuedToken = { id: string; token: string; secretHash: string };

const secretBytes = 20; // 160 bits of CSPRNG output, above the 128-bit floor of docs/design.md §5
const idBytes = 15;

export function issueToken(random: Random): IssuedToken {
  const id = random.bytes(idBytes).toString("base64url");
  const secret = random.bytes(secretBytes).toString("base64url");
  return { id, token: `${id}.${secret}`, secretHash: hashSecret(secret) };
}

/** Splits a presented token; malformed input yields undefined, never an exception. */
export function parseToken(token: string): { id: string; secret: string } | undefined {
  const match = /^([A-Za-z0-9_-]{20})\.([A-Za-z0-9_-]{27})$/.exec(token);
  if (match === null) {
    return undefined;
  }
  return { id: match[1] ?? "", secret: match[2] ?? "" };
}

export function hashSecret(secret: string): string {
  return hash("sha256", secret, "hex");
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const presented = hash("sha256", secret, "buffer");
  const stored = Buffer.from(storedHash, "hex");
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}
