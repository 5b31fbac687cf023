// Encrypts secrets at rest (TOTP seeds, SSO signing keys) with AES-256-GCM under the server key
// (docs/design.md §5). The record's id is bound as associated data, so a ciphertext copied to
// another row fails. Format: v1.<iv>.<ciphertext>.<tag>, each part base64url.
import { createCipheriv, createDecipheriv } from "node:crypto";
import type { Random } from "./clock.ts";

const ivBytes = 12; // the GCM nonce length NIST SP 800-38D recommends

export function sealSecret(
  key: Buffer,
  plaintext: string,
  boundTo: string,
  random: Random,
): string {
  assertKey(key);
  const iv = random.bytes(ivBytes);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(boundTo));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return ["v1", iv, ciphertext, cipher.getAuthTag()]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

/** Throws on a wrong key, a tampered or moved record, or a malformed one: all are bugs or attacks. */
export function openSecret(key: Buffer, sealed: string, boundTo: string): string {
  assertKey(key);
  const [version, iv, ciphertext, tag, ...rest] = sealed.split(".");
  if (
    version !== "v1" ||
    iv === undefined ||
    ciphertext === undefined ||
    tag === undefined ||
    rest.length > 0
  ) {
    throw new Error("Sealed secret is malformed");
  }
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(boundTo));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([
    decipher.update(Buffer.from(ciphertext, "base64url")),
    decipher.final(),
  ]).toString("utf8");
}

function assertKey(key: Buffer): void {
  if (key.length !== 32) {
    throw new Error("The secret-encryption key must be 32 bytes");
  }
}
