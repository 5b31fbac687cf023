// A minimal self-signed X.509 v3 certificate (RFC 5280 §4.1) for the SAML IdP's signing key:
// SAML metadata and service providers expect the key inside a certificate. Node can sign but not
// build certificates, so the DER is assembled here; the certificate carries nothing but the key,
// a common name and a validity period (SAML trusts the key as configured, not a CA chain).
import { createPublicKey, sign, type KeyObject } from "node:crypto";

function length(bytes: number): Buffer {
  if (bytes < 0x80) {
    return Buffer.from([bytes]);
  }
  const octets: number[] = [];
  for (let rest = bytes; rest > 0; rest >>= 8) {
    octets.unshift(rest & 0xff);
  }
  return Buffer.from([0x80 | octets.length, ...octets]);
}

/** DER TLV (X.690 §8.1). */
function tlv(tag: number, content: Buffer): Buffer {
  return Buffer.concat([Buffer.from([tag]), length(content.length), content]);
}

const sequence = (...parts: Buffer[]) => tlv(0x30, Buffer.concat(parts));
const set = (...parts: Buffer[]) => tlv(0x31, Buffer.concat(parts));

function oid(dotted: string): Buffer {
  const [first = 0, second = 0, ...rest] = dotted.split(".").map(Number);
  const bytes = [first * 40 + second];
  for (const arc of rest) {
    const chunk = [arc & 0x7f];
    for (let value = arc >> 7; value > 0; value >>= 7) {
      chunk.unshift((value & 0x7f) | 0x80);
    }
    bytes.push(...chunk);
  }
  return tlv(0x06, Buffer.from(bytes));
}

function positiveInteger(bytes: Buffer): Buffer {
  // A set high bit would make the INTEGER negative (X.690 §8.3): prefix a zero octet.
  return tlv(0x02, (bytes[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes);
}

/** RFC 5280 §4.1.2.5: UTCTime through 2049, GeneralizedTime from 2050. */
function time(at: Date): Buffer {
  const iso = at.toISOString().replace(/[-:T]/g, "").slice(0, 14); // YYYYMMDDHHMMSS
  return at.getUTCFullYear() < 2050
    ? tlv(0x17, Buffer.from(`${iso.slice(2)}Z`, "ascii"))
    : tlv(0x18, Buffer.from(`${iso}Z`, "ascii"));
}

function name(commonName: string): Buffer {
  return sequence(set(sequence(oid("2.5.4.3"), tlv(0x0c, Buffer.from(commonName, "utf8")))));
}

/** sha256WithRSAEncryption (RFC 4055 §5) with its NULL parameters. */
const rsaSha256 = sequence(oid("1.2.840.113549.1.1.11"), Buffer.from([0x05, 0x00]));

export function createSelfSignedCertificate(options: {
  privateKey: KeyObject; // RSA
  commonName: string;
  serial: Buffer; // positive, ≤ 20 octets (RFC 5280 §4.1.2.2)
  notBefore: Date;
  notAfter: Date;
}): string {
  const spki = createPublicKey(options.privateKey).export({ type: "spki", format: "der" });
  const issuer = name(options.commonName);
  const tbs = sequence(
    tlv(0xa0, positiveInteger(Buffer.from([2]))), // [0] EXPLICIT Version v3
    positiveInteger(options.serial),
    rsaSha256,
    issuer,
    sequence(time(options.notBefore), time(options.notAfter)),
    issuer,
    spki,
  );
  const signature = sign("sha256", tbs, options.privateKey);
  const der = sequence(tbs, rsaSha256, tlv(0x03, Buffer.concat([Buffer.from([0]), signature])));
  const body = der
    .toString("base64")
    .replace(/(.{64})/g, "$1\n")
    .trimEnd();
  return `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`;
}
