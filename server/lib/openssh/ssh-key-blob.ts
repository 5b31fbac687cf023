// One SSH public key blob, read by its type (RFC 4253 §6.6, RFC 5656 §3.1, RFC 8709 §4,
// OpenSSH PROTOCOL.u2f), proven by importing it with node:crypto (an ECDSA point must lie on its
// curve), held to OpenSSH's own limits, and written back in the canonical encoding OpenSSH
// fingerprints — so a key padded with extra zero bytes is the same key, with the same fingerprint.
import { createPublicKey } from "node:crypto";
import { bitLength, WireReader, wireMpint, wireString } from "./ssh-wire.ts";

export type SshKeyType =
  | "ssh-ed25519"
  | "ecdsa-sha2-nistp256"
  | "ecdsa-sha2-nistp384"
  | "ecdsa-sha2-nistp521"
  | "ssh-rsa"
  | "sk-ssh-ed25519@openssh.com"
  | "sk-ecdsa-sha2-nistp256@openssh.com";

export type KeyBlobRejection =
  "malformed" | "unsupported_type" | "weak_rsa" | "rsa_too_large" | "invalid_key";

export type CanonicalKey = { type: SshKeyType; bits: number; blob: Buffer };

export const minRsaBits = 2048;
/** OpenSSH refuses larger moduli (SSHBUF_MAX_BIGNUM: 16,384 bits), so we do too. */
export const maxRsaBits = 16_384;

type Curve = { name: string; jwk: string; bits: number; size: number; oid: string };

export const ecdsaCurves: Record<string, Curve> = {
  nistp256: { name: "nistp256", jwk: "P-256", bits: 256, size: 32, oid: "2a8648ce3d030107" },
  nistp384: { name: "nistp384", jwk: "P-384", bits: 384, size: 48, oid: "2b81040022" },
  nistp521: { name: "nistp521", jwk: "P-521", bits: 521, size: 66, oid: "2b81040023" },
};

export function readKeyBlob(blob: Buffer): CanonicalKey | KeyBlobRejection {
  const reader = new WireReader(blob);
  const type = reader.string().toString("latin1");
  const securityKey = type.startsWith("sk-");
  let key: CanonicalKey | KeyBlobRejection;
  switch (type) {
    case "ssh-ed25519":
    case "sk-ssh-ed25519@openssh.com": {
      const point = reader.string();
      if (point.length !== 32) {
        return "malformed";
      }
      const application = securityKey ? readApplication(reader) : [];
      createPublicKey({
        key: { kty: "OKP", crv: "Ed25519", x: point.toString("base64url") },
        format: "jwk",
      });
      key = { type, bits: 256, blob: join(type, [wireString(point), ...application]) };
      break;
    }
    case "ecdsa-sha2-nistp256":
    case "ecdsa-sha2-nistp384":
    case "ecdsa-sha2-nistp521":
    case "sk-ecdsa-sha2-nistp256@openssh.com": {
      const curve = ecdsaCurves[securityKey ? "nistp256" : type.slice("ecdsa-sha2-".length)];
      const curveName = reader.string().toString("latin1");
      // OpenSSH reads uncompressed points only (0x04 ‖ X ‖ Y).
      const point = reader.string();
      if (curve === undefined || curveName !== curve.name) {
        return "malformed";
      }
      if (point.length !== 1 + 2 * curve.size || point[0] !== 0x04) {
        return "malformed";
      }
      const application = securityKey ? readApplication(reader) : [];
      if (!isAcceptedPoint(curve, point)) {
        return "invalid_key";
      }
      const fields = [wireString(curve.name), wireString(point), ...application];
      key = { type, bits: curve.bits, blob: join(type, fields) };
      break;
    }
    case "ssh-rsa": {
      const exponent = reader.mpint();
      const modulus = reader.mpint();
      const bits = bitLength(modulus);
      if (bits > maxRsaBits) {
        return "rsa_too_large";
      }
      // Stricter than OpenSSH, which reads any numbers: no RSA key has an even modulus, or an
      // exponent that is even or below 3 (RFC 8017 §3.1), so such a "key" is refused.
      if (!isOdd(modulus) || !isOdd(exponent) || bitLength(exponent) < 2) {
        return "invalid_key";
      }
      const jwk = {
        kty: "RSA",
        n: modulus.toString("base64url"),
        e: exponent.toString("base64url"),
      };
      createPublicKey({ key: jwk, format: "jwk" });
      key =
        bits < minRsaBits
          ? "weak_rsa"
          : { type, bits, blob: join(type, [wireMpint(exponent), wireMpint(modulus)]) };
      break;
    }
    default:
      return "unsupported_type";
  }
  return reader.remaining() === 0 ? key : "malformed";
}

function isOdd(unsigned: Buffer): boolean {
  return ((unsigned.at(-1) ?? 0) & 1) === 1;
}

function join(type: string, fields: Buffer[]): Buffer {
  return Buffer.concat([wireString(type), ...fields]);
}

/** The application of a security key (PROTOCOL.u2f), which OpenSSH requires to start "ssh:". */
function readApplication(reader: WireReader): Buffer[] {
  const application = reader.string();
  if (!application.toString("utf8").startsWith("ssh:")) {
    throw new Error("security-key application must start with ssh:");
  }
  return [wireString(application)];
}

/**
 * The point imports (OpenSSL refuses one off the curve), and passes OpenSSH's
 * sshkey_ec_validate_public: both coordinates longer than half the order's bits.
 */
function isAcceptedPoint(curve: Curve, point: Buffer): boolean {
  try {
    const key = createPublicKey({ key: ecSpki(curve, point), format: "der", type: "spki" });
    const { x = "", y = "" } = key.export({ format: "jwk" });
    const half = Math.floor(curve.bits / 2);
    return (
      bitLength(Buffer.from(x, "base64url")) > half && bitLength(Buffer.from(y, "base64url")) > half
    );
  } catch {
    return false;
  }
}

/** SubjectPublicKeyInfo (RFC 5480) of an EC point: id-ecPublicKey with the named curve. */
function ecSpki(curve: Curve, point: Buffer): Buffer {
  const ecPublicKey = Buffer.from("06072a8648ce3d0201", "hex");
  const curveOid = der(0x06, Buffer.from(curve.oid, "hex"));
  const algorithm = der(0x30, Buffer.concat([ecPublicKey, curveOid]));
  return der(0x30, Buffer.concat([algorithm, der(0x03, Buffer.concat([Buffer.from([0]), point]))]));
}

function der(tag: number, content: Buffer): Buffer {
  const length =
    content.length < 0x80 ? Buffer.from([content.length]) : Buffer.from([0x81, content.length]); // every SPKI here is under 256 bytes
  return Buffer.concat([Buffer.from([tag]), length, content]);
}
