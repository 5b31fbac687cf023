// Parses an OpenSSH public key line ("type base64 [comment]") by reading the SSH wire format
// (RFC 4253 §6.6, RFC 5656 §3.1, RFC 8709 §4, OpenSSH PROTOCOL.u2f), never by a regex on the
// prefix, and computes the SHA256 fingerprint exactly as `ssh-keygen -lf` prints it.
import { createHash } from "node:crypto";

export type SshKeyType =
  | "ssh-ed25519"
  | "ecdsa-sha2-nistp256"
  | "ecdsa-sha2-nistp384"
  | "ecdsa-sha2-nistp521"
  | "ssh-rsa"
  | "sk-ssh-ed25519@openssh.com"
  | "sk-ecdsa-sha2-nistp256@openssh.com";

export type SshPublicKey = {
  type: SshKeyType;
  bits: number;
  fingerprint: string; // "SHA256:…", unpadded base64 as ssh-keygen prints it
  comment: string;
  /** The key as it should be stored and exported (authorized_keys line). */
  line: string;
};

export type SshKeyRejection =
  | "empty"
  | "too_large"
  | "private_key"
  | "multiple_keys"
  | "malformed"
  | "unsupported_type"
  | "weak_rsa";

export type SshKeyParse = { ok: true; key: SshPublicKey } | { ok: false; reason: SshKeyRejection };

export const maxKeyInputLength = 16 * 1024; // a 16384-bit RSA key is about 2.8 KB
export const minRsaBits = 2048;

const privateKeyMarkers = [
  /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/,
  /^PuTTY-User-Key-File-\d+:/m,
  /^-----BEGIN SSH2 ENCRYPTED PRIVATE KEY-----/m,
];

const ecdsaCurves: Record<string, { curve: string; bits: number; pointLength: number }> = {
  "ecdsa-sha2-nistp256": { curve: "nistp256", bits: 256, pointLength: 65 },
  "ecdsa-sha2-nistp384": { curve: "nistp384", bits: 384, pointLength: 97 },
  "ecdsa-sha2-nistp521": { curve: "nistp521", bits: 521, pointLength: 133 },
};

export function parseSshPublicKey(input: string): SshKeyParse {
  if (input.length > maxKeyInputLength) {
    return { ok: false, reason: "too_large" };
  }
  if (privateKeyMarkers.some((marker) => marker.test(input))) {
    return { ok: false, reason: "private_key" };
  }
  const lines = input
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
  if (lines.length === 0) {
    return { ok: false, reason: "empty" };
  }
  if (lines.length > 1) {
    return { ok: false, reason: "multiple_keys" };
  }
  const [declaredType = "", encoded = "", ...commentWords] = (lines[0] ?? "").split(/\s+/);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded) || encoded.length % 4 !== 0) {
    return { ok: false, reason: "malformed" };
  }
  const blob = Buffer.from(encoded, "base64");
  let parsed: { type: SshKeyType; bits: number } | SshKeyRejection;
  try {
    parsed = readKeyBlob(blob);
  } catch {
    return { ok: false, reason: "malformed" };
  }
  if (typeof parsed === "string") {
    return { ok: false, reason: parsed };
  }
  if (parsed.type !== declaredType) {
    return { ok: false, reason: "malformed" };
  }
  const comment = commentWords.join(" ").slice(0, 256);
  const fingerprint = `SHA256:${createHash("sha256").update(blob).digest("base64").replace(/=+$/, "")}`;
  return {
    ok: true,
    key: {
      ...parsed,
      fingerprint,
      comment,
      line: `${parsed.type} ${blob.toString("base64")}${comment === "" ? "" : ` ${comment}`}`,
    },
  };
}

function readKeyBlob(blob: Buffer): { type: SshKeyType; bits: number } | SshKeyRejection {
  const reader = new WireReader(blob);
  const type = reader.string().toString("latin1");
  let result: { type: SshKeyType; bits: number } | SshKeyRejection;
  switch (type) {
    case "ssh-ed25519":
    case "sk-ssh-ed25519@openssh.com": {
      if (reader.string().length !== 32) {
        return "malformed";
      }
      if (type === "sk-ssh-ed25519@openssh.com") {
        readApplication(reader);
      }
      result = { type, bits: 256 };
      break;
    }
    case "ecdsa-sha2-nistp256":
    case "ecdsa-sha2-nistp384":
    case "ecdsa-sha2-nistp521":
    case "sk-ecdsa-sha2-nistp256@openssh.com": {
      const curve =
        ecdsaCurves[type === "sk-ecdsa-sha2-nistp256@openssh.com" ? "ecdsa-sha2-nistp256" : type];
      const curveName = reader.string().toString("latin1");
      const point = reader.string(); // uncompressed SEC1 point: 0x04 ‖ X ‖ Y
      if (
        curve === undefined ||
        curveName !== curve.curve ||
        point.length !== curve.pointLength ||
        point[0] !== 0x04
      ) {
        return "malformed";
      }
      if (type === "sk-ecdsa-sha2-nistp256@openssh.com") {
        readApplication(reader);
      }
      result = { type, bits: curve.bits };
      break;
    }
    case "ssh-rsa": {
      const exponent = reader.mpint();
      const modulus = reader.mpint();
      if (exponent.length === 0 || modulus.length === 0) {
        return "malformed";
      }
      const bits = bitLength(modulus);
      result = bits < minRsaBits ? "weak_rsa" : { type, bits };
      break;
    }
    default:
      return "unsupported_type";
  }
  return reader.remaining() === 0 ? result : "malformed";
}

function readApplication(reader: WireReader): void {
  const application = reader.string().toString("utf8");
  if (!application.startsWith("ssh:")) {
    throw new Error("security-key application must start with ssh:");
  }
}

function bitLength(unsignedBigEndian: Buffer): number {
  let index = 0;
  while (index < unsignedBigEndian.length && unsignedBigEndian[index] === 0) {
    index += 1;
  }
  if (index === unsignedBigEndian.length) {
    return 0;
  }
  return (
    (unsignedBigEndian.length - index - 1) * 8 + (32 - Math.clz32(unsignedBigEndian[index] ?? 0))
  );
}

/** Reads RFC 4251 §5 `string` and `mpint` fields; throws past the end of the blob. */
class WireReader {
  private offset = 0;
  private readonly blob: Buffer;

  constructor(blob: Buffer) {
    this.blob = blob;
  }

  string(): Buffer {
    if (this.offset + 4 > this.blob.length) {
      throw new Error("truncated length");
    }
    const length = this.blob.readUInt32BE(this.offset);
    const start = this.offset + 4;
    if (start + length > this.blob.length) {
      throw new Error("truncated field");
    }
    this.offset = start + length;
    return this.blob.subarray(start, start + length);
  }

  mpint(): Buffer {
    const value = this.string();
    if ((value[0] ?? 0) & 0x80) {
      throw new Error("negative mpint");
    }
    return value;
  }

  remaining(): number {
    return this.blob.length - this.offset;
  }
}
