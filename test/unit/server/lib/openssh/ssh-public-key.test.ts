// The SSH public key parser: fingerprints cross-checked against the real ssh-keygen where it is
// installed; the refusals run everywhere on keys made with node:crypto.
import { execFileSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseSshPublicKey } from "../../../../../server/lib/openssh/ssh-public-key.ts";
import { skipNote, sshKeygen } from "../../../../fixtures/system-tools.ts";

const directory = mkdtempSync(path.join(tmpdir(), "gatehouse-ssh-"));
let counter = 0;

/** A key pair made by the real ssh-keygen; returns the public line and the private key text. */
function keygen(type: string, bits?: number): { publicLine: string; privateKey: string } {
  counter += 1;
  const file = path.join(directory, `key${counter}`);
  const args = ["-q", "-t", type, "-N", "", "-C", `user${counter}@example.com`, "-f", file];
  if (bits !== undefined) {
    args.push("-b", String(bits));
  }
  execFileSync("ssh-keygen", args);
  return {
    publicLine: readFileSync(`${file}.pub`, "utf8"),
    privateKey: readFileSync(file, "utf8"),
  };
}

/** What `ssh-keygen -lf` prints for a public key line: bits and fingerprint. */
function sshKeygenFingerprint(publicLine: string): { bits: number; fingerprint: string } {
  counter += 1;
  const file = path.join(directory, `check${counter}.pub`);
  writeFileSync(file, publicLine);
  const [bits = "", fingerprint = ""] = execFileSync("ssh-keygen", ["-lf", file], {
    encoding: "utf8",
  }).split(" ");
  return { bits: Number(bits), fingerprint };
}

function wireString(value: Buffer | string): Buffer {
  const bytes = typeof value === "string" ? Buffer.from(value) : value;
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
}

/** SSH's mpint: big-endian, with a zero byte in front when the top bit would make it negative. */
function mpint(base64url: string): Buffer {
  const bytes = Buffer.from(base64url, "base64url");
  return (bytes[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes;
}

/** An OpenSSH public key line (RFC 4253 §6.6, RFC 8709) for a key made by node:crypto. */
function nodeKeyLine(type: "ed25519" | "rsa", bits = 2048): string {
  counter += 1;
  if (type === "ed25519") {
    const { x = "" } = generateKeyPairSync("ed25519").publicKey.export({ format: "jwk" });
    const body = Buffer.concat([
      wireString("ssh-ed25519"),
      wireString(Buffer.from(x, "base64url")),
    ]);
    return `ssh-ed25519 ${body.toString("base64")} node${counter}@example.com\n`;
  }
  const { publicKey } = generateKeyPairSync("rsa", { modulusLength: bits });
  const { e = "", n = "" } = publicKey.export({ format: "jwk" });
  const body = Buffer.concat([wireString("ssh-rsa"), wireString(mpint(e)), wireString(mpint(n))]);
  return `ssh-rsa ${body.toString("base64")} node${counter}@example.com\n`;
}

/** Security-key public keys cannot be made without a device; build them from their wire format. */
function securityKeyLine(
  type: "sk-ssh-ed25519@openssh.com" | "sk-ecdsa-sha2-nistp256@openssh.com",
): string {
  const ed25519 = keygen("ed25519").publicLine.split(" ")[1] ?? "";
  const ecdsa = keygen("ecdsa", 256).publicLine.split(" ")[1] ?? "";
  const fields =
    type === "sk-ssh-ed25519@openssh.com"
      ? [
          wireString(type),
          wireString(Buffer.from(ed25519, "base64").subarray(-32)),
          wireString("ssh:"),
        ]
      : [
          wireString(type),
          wireString("nistp256"),
          wireString(Buffer.from(ecdsa, "base64").subarray(-65)),
          wireString("ssh:"),
        ];
  return `${type} ${Buffer.concat(fields).toString("base64")} yubikey`;
}

describe("SSH public keys", () => {
  it.skipIf(sshKeygen.skipReason !== undefined).each([
    ["ed25519", undefined, "ssh-ed25519"],
    ["ecdsa", 256, "ecdsa-sha2-nistp256"],
    ["ecdsa", 384, "ecdsa-sha2-nistp384"],
    ["ecdsa", 521, "ecdsa-sha2-nistp521"],
    ["rsa", 2048, "ssh-rsa"],
    ["rsa", 3072, "ssh-rsa"],
  ] as const)(
    `reads a %s %s key from ssh-keygen with its exact fingerprint${skipNote(sshKeygen)}`,
    (type, bits, expectedType) => {
      const { publicLine } = keygen(type, bits);
      const parsed = parseSshPublicKey(publicLine);
      expect(parsed.ok).toBe(true);
      if (parsed.ok) {
        expect(parsed.key.type).toBe(expectedType);
        expect({ bits: parsed.key.bits, fingerprint: parsed.key.fingerprint }).toEqual(
          sshKeygenFingerprint(publicLine),
        );
        expect(parsed.key.comment).toMatch(/^user\d+@example\.com$/);
        expect(parsed.key.line).toBe(publicLine.trim());
      }
    },
  );

  it
    .skipIf(sshKeygen.skipReason !== undefined)
    .each(["sk-ssh-ed25519@openssh.com", "sk-ecdsa-sha2-nistp256@openssh.com"] as const)(
    `reads a %s security key with ssh-keygen's fingerprint${skipNote(sshKeygen)}`,
    (type) => {
      const line = securityKeyLine(type);
      const parsed = parseSshPublicKey(line);
      expect(parsed).toMatchObject({ ok: true, key: { type, comment: "yubikey" } });
      if (parsed.ok) {
        expect({ bits: parsed.key.bits, fingerprint: parsed.key.fingerprint }).toEqual(
          sshKeygenFingerprint(line),
        );
      }
    },
  );

  it("refuses RSA keys under 2048 bits", () => {
    expect(parseSshPublicKey(nodeKeyLine("rsa", 1024))).toEqual({
      ok: false,
      reason: "weak_rsa",
    });
  });

  it.skipIf(sshKeygen.skipReason !== undefined)(
    `refuses private keys made by ssh-keygen, in OpenSSH and PEM form${skipNote(sshKeygen)}`,
    () => {
      expect(parseSshPublicKey(keygen("ed25519").privateKey)).toEqual({
        ok: false,
        reason: "private_key",
      });
      counter += 1;
      const file = path.join(directory, `pem${counter}`);
      execFileSync("ssh-keygen", [
        "-q",
        "-t",
        "rsa",
        "-b",
        "2048",
        "-m",
        "PEM",
        "-N",
        "",
        "-f",
        file,
      ]);
      expect(parseSshPublicKey(readFileSync(file, "utf8"))).toEqual({
        ok: false,
        reason: "private_key",
      });
    },
  );

  it("refuses private keys in PEM form, pasted after a public key, and PuTTY files", () => {
    const pem = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({
      type: "pkcs1",
      format: "pem",
    });
    expect(parseSshPublicKey(pem.toString())).toEqual({ ok: false, reason: "private_key" });
    expect(
      parseSshPublicKey(`${nodeKeyLine("ed25519")}\n-----BEGIN OPENSSH PRIVATE KEY-----\nabc`),
    ).toEqual({ ok: false, reason: "private_key" });
    expect(parseSshPublicKey("PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none")).toEqual({
      ok: false,
      reason: "private_key",
    });
  });

  it("refuses truncated, corrupted and mislabelled keys", () => {
    const [type = "", body = "", comment = ""] = nodeKeyLine("ed25519").trim().split(" ");
    const bytes = Buffer.from(body, "base64");
    expect(
      parseSshPublicKey(`${type} ${bytes.subarray(0, bytes.length - 4).toString("base64")}`),
    ).toEqual({ ok: false, reason: "malformed" });
    expect(parseSshPublicKey(`${type} ${body.slice(0, -3)}!!!`)).toEqual({
      ok: false,
      reason: "malformed",
    });
    expect(
      parseSshPublicKey(`${type} ${Buffer.concat([bytes, Buffer.from([0])]).toString("base64")}`),
    ).toEqual({ ok: false, reason: "malformed" });
    expect(parseSshPublicKey(`ssh-rsa ${body} ${comment}`)).toEqual({
      ok: false,
      reason: "malformed",
    });
    expect(parseSshPublicKey(`${type}`)).toEqual({ ok: false, reason: "malformed" });
  });

  it("refuses unsupported types, several keys at once, empty and oversize input", () => {
    const dss = `ssh-dss ${wireString("ssh-dss").toString("base64")}`;
    expect(parseSshPublicKey(dss)).toEqual({ ok: false, reason: "unsupported_type" });
    const one = nodeKeyLine("ed25519");
    expect(parseSshPublicKey(`${one}\n${nodeKeyLine("ed25519")}`)).toEqual({
      ok: false,
      reason: "multiple_keys",
    });
    expect(parseSshPublicKey("  \n# just a comment\n")).toEqual({ ok: false, reason: "empty" });
    expect(parseSshPublicKey(`ssh-rsa ${"A".repeat(20_000)}`)).toEqual({
      ok: false,
      reason: "too_large",
    });
  });

  it("reads a key pasted with surrounding blank lines and Windows line ends", () => {
    const publicLine = nodeKeyLine("ed25519");
    expect(parseSshPublicKey(`\r\n\r\n${publicLine.trim()}\r\n`)).toMatchObject({ ok: true });
  });
});
