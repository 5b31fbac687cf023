// The other ways people paste a public key, turned into the key blob the way `ssh-keygen -i`
// converts them: an RFC 4716 block ("---- BEGIN SSH2 PUBLIC KEY ----", also what PuTTY exports)
// and a PEM public key (PKCS#8 "BEGIN PUBLIC KEY" or PKCS#1 "BEGIN RSA PUBLIC KEY"). Also reads
// the option names an authorized_keys line may start with, so the refusal can name them.
import { createPublicKey } from "node:crypto";
import { ecdsaCurves } from "./ssh-key-blob.ts";
import { wireMpint, wireString } from "./ssh-wire.ts";

export type ConvertedKey = { blob: Buffer; comment: string };
export type Conversion = ConvertedKey | "malformed" | "unsupported_type" | "not_a_public_key";

const rfc4716 = /^---- BEGIN SSH2 PUBLIC KEY ----$([\s\S]*?)^---- END SSH2 PUBLIC KEY ----$/m;
const pem = /^-----BEGIN ([A-Z0-9 ]+)-----$[\s\S]*?^-----END \1-----$/m;

export function countBlocks(text: string): number {
  return (text.match(/^-{4,5} ?BEGIN /gm) ?? []).length;
}

export function isBlock(text: string): boolean {
  return /^-{4,5} ?BEGIN /m.test(text);
}

/** RFC 4716 §3: header lines "Tag: value" (continued by a trailing backslash), then base64. */
export function convertRfc4716(text: string): Conversion {
  const body = rfc4716.exec(text)?.[1];
  if (body === undefined) {
    return "malformed";
  }
  const lines = body.split(/\r?\n/).map((line) => line.trim());
  let comment = "";
  let base64 = "";
  let continued = "";
  for (const line of lines) {
    if (continued !== "" || /^[\x21-\x39\x3b-\x7e]{1,64}:/.test(line)) {
      const header = `${continued}${line}`;
      continued = header.endsWith("\\") ? header.slice(0, -1) : "";
      const [, tag = "", value = ""] = /^([^:]+):\s*(.*)$/.exec(header) ?? [];
      if (continued === "" && tag.toLowerCase() === "comment") {
        comment = value.replace(/^"(.*)"$/, "$1");
      }
    } else {
      base64 += line;
    }
  }
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64) || base64.length % 4 !== 0) {
    return "malformed";
  }
  return { blob: Buffer.from(base64, "base64"), comment };
}

/** A PEM public key, as `ssh-keygen -i -m PKCS8` (or `-m PEM` for PKCS#1 RSA) reads it. */
export function convertPem(text: string): Conversion {
  const block = pem.exec(text);
  if (block === null) {
    return "malformed";
  }
  if (block[1] !== "PUBLIC KEY" && block[1] !== "RSA PUBLIC KEY") {
    return "not_a_public_key";
  }
  let jwk: { kty?: string; crv?: string; n?: string; e?: string; x?: string; y?: string };
  try {
    jwk = createPublicKey({ key: block[0], format: "pem" }).export({ format: "jwk" });
  } catch {
    return "malformed";
  }
  const bytes = (value: string | undefined) => Buffer.from(value ?? "", "base64url");
  if (jwk.kty === "RSA") {
    const fields = [wireMpint(bytes(jwk.e)), wireMpint(bytes(jwk.n))];
    return { blob: Buffer.concat([wireString("ssh-rsa"), ...fields]), comment: "" };
  }
  if (jwk.kty === "OKP" && jwk.crv === "Ed25519") {
    const fields = [wireString("ssh-ed25519"), wireString(bytes(jwk.x))];
    return { blob: Buffer.concat(fields), comment: "" };
  }
  const curve = Object.values(ecdsaCurves).find((candidate) => candidate.jwk === jwk.crv);
  if (jwk.kty === "EC" && curve !== undefined) {
    const point = Buffer.concat([Buffer.from([4]), bytes(jwk.x), bytes(jwk.y)]);
    const type = `ecdsa-sha2-${curve.name}`;
    const fields = [wireString(type), wireString(curve.name), wireString(point)];
    return { blob: Buffer.concat(fields), comment: "" };
  }
  return "unsupported_type";
}

/**
 * The option names before the key type on an authorized_keys line (sshd(8) AUTHORIZED_KEYS FILE
 * FORMAT): comma-separated, values in double quotes may hold spaces, commas and \". Undefined
 * when the line does not start with options followed by a known key type.
 */
export function authorizedKeysOptions(
  line: string,
  isKeyType: (word: string) => boolean,
): string[] | undefined {
  const names: string[] = [];
  let index = 0;
  while (index < line.length) {
    const name = /^[A-Za-z0-9-]+/.exec(line.slice(index))?.[0];
    if (name === undefined) {
      return undefined;
    }
    names.push(name);
    index += name.length;
    if (line[index] === "=") {
      const quoted = /^="(?:[^"\\]|\\.)*"/.exec(line.slice(index))?.[0];
      if (quoted === undefined) {
        return undefined;
      }
      index += quoted.length;
    }
    if (line[index] === ",") {
      index += 1;
      continue;
    }
    const rest = line.slice(index).trimStart();
    const type = rest.split(/\s+/, 1)[0] ?? "";
    return /^\s/.test(line.slice(index)) && isKeyType(type) ? names : undefined;
  }
  return undefined;
}
