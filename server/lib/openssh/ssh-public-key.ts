// Reads a pasted SSH public key the way OpenSSH does: an authorized_keys line ("type base64
// [comment]") read from its wire format, never by a regex on the prefix — or an RFC 4716 block or
// PEM public key, converted as `ssh-keygen -i` would. The key is stored and fingerprinted in its
// canonical encoding, so the fingerprint is exactly what `ssh-keygen -lf` prints.
import { createHash } from "node:crypto";
import { readKeyBlob, type KeyBlobRejection, type SshKeyType } from "./ssh-key-blob.ts";
import {
  authorizedKeysOptions,
  convertPem,
  convertRfc4716,
  countBlocks,
  isBlock,
} from "./ssh-key-formats.ts";

export type { SshKeyType } from "./ssh-key-blob.ts";
export { minRsaBits, maxRsaBits } from "./ssh-key-blob.ts";

export type SshPublicKey = {
  type: SshKeyType;
  bits: number;
  fingerprint: string; // "SHA256:…", unpadded base64 as ssh-keygen prints it
  comment: string;
  /** The key as it is stored and exported (authorized_keys line), canonically encoded. */
  line: string;
};

export type SshKeyRejection =
  | {
      reason:
        | KeyBlobRejection
        | "empty"
        | "too_large"
        | "private_key"
        | "multiple_keys"
        | "control_characters"
        | "not_a_public_key";
    }
  | { reason: "options"; options: string[] };

export type SshKeyParse = { ok: true; key: SshPublicKey } | ({ ok: false } & SshKeyRejection);

export const maxKeyInputLength = 16 * 1024; // a 16384-bit RSA key is about 2.8 KB
/** Comments are cut to this many code points (never inside a character). */
export const maxCommentCodePoints = 256;

const privateKeyMarkers = [
  /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/,
  /^PuTTY-User-Key-File-\d+:/m,
  /^---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----/m,
];

/** C0 and C1 controls other than the tab and line ends a paste may carry, and lone surrogates. */
const controlCharacters = /[^\P{Cc}\t\n\r]|\p{Cs}/u;

/** OpenSSH key type names, supported or not (certificates, DSA): what follows options. */
const keyTypeName =
  /^(ssh-[a-z0-9-]+|ecdsa-sha2-nistp\d+|sk-[a-z0-9-]+@openssh\.com)(-cert-v01@openssh\.com)?$/;

const refuse = (reason: Exclude<SshKeyRejection["reason"], "options">): SshKeyParse => ({
  ok: false,
  reason,
});

export function parseSshPublicKey(input: string): SshKeyParse {
  if (input.length > maxKeyInputLength) {
    return refuse("too_large");
  }
  if (privateKeyMarkers.some((marker) => marker.test(input))) {
    return refuse("private_key");
  }
  if (controlCharacters.test(input)) {
    return refuse("control_characters");
  }
  if (isBlock(input)) {
    if (countBlocks(input) > 1) {
      return refuse("multiple_keys");
    }
    const converted = input.includes("SSH2 PUBLIC KEY") ? convertRfc4716(input) : convertPem(input);
    return typeof converted === "string"
      ? refuse(converted)
      : fromBlob(converted.blob, converted.comment);
  }
  const lines = input
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
  if (lines.length === 0) {
    return refuse("empty");
  }
  if (lines.length > 1) {
    return refuse("multiple_keys");
  }
  const line = lines[0] ?? "";
  const [declaredType = "", encoded = "", ...commentWords] = line.split(/\s+/);
  if (!keyTypeName.test(declaredType)) {
    const options = authorizedKeysOptions(line, (word) => keyTypeName.test(word));
    if (options !== undefined) {
      return { ok: false, reason: "options", options };
    }
  }
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded) || encoded.length % 4 !== 0) {
    return refuse("malformed");
  }
  return fromBlob(Buffer.from(encoded, "base64"), commentWords.join(" "), declaredType);
}

function fromBlob(blob: Buffer, comment: string, declaredType?: string): SshKeyParse {
  let key: ReturnType<typeof readKeyBlob>;
  try {
    key = readKeyBlob(blob);
  } catch {
    return refuse("malformed"); // truncated fields, a bad security-key application, …
  }
  if (typeof key === "string") {
    return refuse(key);
  }
  if (declaredType !== undefined && key.type !== declaredType) {
    return refuse("malformed");
  }
  const cut = Array.from(comment.trim()).slice(0, maxCommentCodePoints).join("");
  const fingerprint = `SHA256:${createHash("sha256").update(key.blob).digest("base64").replace(/=+$/, "")}`;
  return {
    ok: true,
    key: {
      type: key.type,
      bits: key.bits,
      fingerprint,
      comment: cut,
      line: `${key.type} ${key.blob.toString("base64")}${cut === "" ? "" : ` ${cut}`}`,
    },
  };
}
