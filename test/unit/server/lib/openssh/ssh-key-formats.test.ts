// What people actually paste (issue 11 §5): RFC 4716 blocks and PEM public keys are converted as
// `ssh-keygen -i` converts them, comments are cut on whole characters and may carry no control
// characters, and an authorized_keys line with options is told which options to leave out.
import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { describeKeyRejection } from "../../../../../server/ssh/ssh-key-messages.ts";
import { parseSshPublicKey } from "../../../../../server/lib/openssh/ssh-public-key.ts";
import {
  exportKey,
  fingerprintOf,
  generateKey,
  importKey,
} from "../../../../fixtures/ssh-keygen.ts";

const keyKinds = [
  ["ed25519", undefined],
  ["ecdsa", 256],
  ["ecdsa", 384],
  ["ecdsa", 521],
  ["rsa", 2048],
] as const;

function expectSameKeyAs(parsed: ReturnType<typeof parseSshPublicKey>, line: string) {
  expect(parsed.ok, JSON.stringify(parsed)).toBe(true);
  if (parsed.ok) {
    expect({ bits: parsed.key.bits, fingerprint: parsed.key.fingerprint }).toEqual(
      fingerprintOf(line),
    );
    expect(fingerprintOf(parsed.key.line)?.fingerprint).toBe(parsed.key.fingerprint);
  }
}

describe("pasted key formats", () => {
  it.each(keyKinds)(
    "an RFC 4716 block of a %s %s key becomes what ssh-keygen -i makes of it",
    (type, bits) => {
      const line = generateKey(type, bits);
      const block = exportKey(line, "RFC4716");
      expect(block).toMatch(/^---- BEGIN SSH2 PUBLIC KEY ----/);
      const parsed = parseSshPublicKey(block);
      expectSameKeyAs(parsed, importKey(block, "RFC4716"));
      expectSameKeyAs(parsed, line);
    },
  );

  it("keeps an RFC 4716 Comment header, continued lines included, as the comment", () => {
    const line = generateKey("ed25519");
    const body = exportKey(line, "RFC4716").split("\n").slice(2, -2).join("\n");
    const block = [
      "---- BEGIN SSH2 PUBLIC KEY ----",
      'Comment: "laptop key of \\',
      'alex"',
      "x-private-note: ignored",
      body,
      "---- END SSH2 PUBLIC KEY ----",
    ].join("\r\n");
    const parsed = parseSshPublicKey(block);
    expect(parsed).toMatchObject({ ok: true, key: { comment: "laptop key of alex" } });
    expectSameKeyAs(parsed, line);
  });

  it.each(keyKinds.filter(([type]) => type !== "ed25519"))(
    "a PEM public key (PKCS#8) of a %s %s key becomes what ssh-keygen -i -m PKCS8 makes of it",
    (type, bits) => {
      const line = generateKey(type, bits);
      const pem = exportKey(line, "PKCS8");
      expect(pem).toMatch(/^-----BEGIN PUBLIC KEY-----/);
      expectSameKeyAs(parseSshPublicKey(pem), importKey(pem, "PKCS8"));
      expectSameKeyAs(parseSshPublicKey(pem), line);
    },
  );

  it("a PKCS#1 RSA PUBLIC KEY, as ssh-keygen -i -m PEM reads it", () => {
    const line = generateKey("rsa", 2048);
    const pem = exportKey(line, "PEM");
    expect(pem).toMatch(/^-----BEGIN RSA PUBLIC KEY-----/);
    expectSameKeyAs(parseSshPublicKey(pem), importKey(pem, "PEM"));
  });

  it("an Ed25519 PEM public key", () => {
    const { publicKey } = generateKeyPairSync("ed25519");
    const pem = publicKey.export({ type: "spki", format: "pem" }).toString();
    const parsed = parseSshPublicKey(pem);
    expect(parsed).toMatchObject({ ok: true, key: { type: "ssh-ed25519" } });
    if (parsed.ok) {
      expect(fingerprintOf(parsed.key.line)?.fingerprint).toBe(parsed.key.fingerprint);
    }
  });

  it("refuses two blocks, a certificate, and a key type OpenSSH does not read, saying what to paste", () => {
    const block = exportKey(generateKey("ed25519"), "RFC4716");
    expect(parseSshPublicKey(`${block}\n${block}`)).toEqual({ ok: false, reason: "multiple_keys" });
    const certificate = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
    const refused = parseSshPublicKey(certificate);
    expect(refused).toEqual({ ok: false, reason: "not_a_public_key" });
    if (!refused.ok) {
      expect(describeKeyRejection(refused)).toMatch(/Paste the one line of your \.pub file/);
    }
    const { publicKey } = generateKeyPairSync("ed448");
    expect(parseSshPublicKey(publicKey.export({ type: "spki", format: "pem" }).toString())).toEqual(
      {
        ok: false,
        reason: "unsupported_type",
      },
    );
  });
});

describe("comments and control characters", () => {
  it("cuts a long comment on whole characters, never inside one", () => {
    const [type = "", body = ""] = generateKey("ed25519").split(" ");
    for (const filler of ["a", "é", "😀", "👩‍💻"]) {
      for (let offset = 0; offset < 3; offset += 1) {
        const parsed = parseSshPublicKey(
          `${type} ${body} ${"x".repeat(offset)}${filler.repeat(300)}`,
        );
        expect(parsed.ok).toBe(true);
        if (parsed.ok) {
          expect(Array.from(parsed.key.comment)).toHaveLength(256);
          expect(parsed.key.comment).toMatch(/^[^\p{Cs}]*$/u);
          expect(fingerprintOf(parsed.key.line)?.fingerprint).toBe(parsed.key.fingerprint);
        }
      }
    }
  });

  it.each(["\u001b]0;pwned\u0007", "\u001b[2J", "\u009b31m", "a\u0000b", "\u0008\u0008", "\ud800"])(
    "refuses a key whose comment carries %j",
    (bad) => {
      const [type = "", body = ""] = generateKey("ed25519").split(" ");
      expect(parseSshPublicKey(`${type} ${body} laptop${bad}`)).toEqual({
        ok: false,
        reason: "control_characters",
      });
    },
  );
});

describe("authorized_keys options", () => {
  it.each([
    ['from="10.0.0.0/8"', ["from"]],
    ['command="echo \\"hi, there\\"",no-pty', ["command", "no-pty"]],
    [
      "no-port-forwarding,no-agent-forwarding,restrict",
      ["no-port-forwarding", "no-agent-forwarding", "restrict"],
    ],
    ['environment="A=b c",permitopen="host:22"', ["environment", "permitopen"]],
  ])("a line starting with %s is told which options to leave out", (options, names) => {
    const line = `${options} ${generateKey("ed25519")}`;
    const parsed = parseSshPublicKey(line);
    expect(parsed).toEqual({ ok: false, reason: "options", options: names });
    if (!parsed.ok) {
      const message = describeKeyRejection(parsed);
      expect(message).toContain(`authorized_keys options (${names.join(", ")})`);
      expect(message).toContain("ssh-ed25519");
    }
  });
});
