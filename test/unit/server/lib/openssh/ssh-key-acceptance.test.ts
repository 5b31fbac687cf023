// SSH keys are accepted exactly when OpenSSH accepts them (issue 11 §5): generated variants of
// real keys — padded numbers, points off their curve, compressed points, trailing bytes, wrong
// curve names — are judged by the real `ssh-keygen -lf`, and wherever both accept, the bits and
// the fingerprint are the same.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { minRsaBits, parseSshPublicKey } from "../../../../../server/lib/openssh/ssh-public-key.ts";
import { WireReader, wireString } from "../../../../../server/lib/openssh/ssh-wire.ts";
import { fingerprintOf, generateKey } from "../../../../fixtures/ssh-keygen.ts";

type Fields = { type: string; fields: Buffer[] };

/** A key line's blob as its raw wire fields (mpints as written, not stripped). */
function fieldsOf(line: string): Fields {
  const blob = Buffer.from(line.split(" ")[1] ?? "", "base64");
  const reader = new WireReader(blob);
  const type = reader.string().toString("latin1");
  const fields: Buffer[] = [];
  while (reader.remaining() > 0) {
    fields.push(reader.string());
  }
  return { type, fields };
}

function lineOf({ type, fields }: Fields, trailing = Buffer.alloc(0)): string {
  const blob = Buffer.concat([
    wireString(type),
    ...fields.map((field) => wireString(field)),
    trailing,
  ]);
  return `${type} ${blob.toString("base64")}`;
}

/** RFC 8017 §3.1: an RSA modulus is odd, its exponent odd and at least 3. */
function isBrokenRsa(line: string): boolean {
  const { type, fields } = fieldsOf(line);
  const [exponent = Buffer.alloc(0), modulus = Buffer.alloc(0)] = fields;
  const value = BigInt(`0x${exponent.toString("hex") || "0"}`);
  return (
    type === "ssh-rsa" && (value < 3n || value % 2n === 0n || ((modulus.at(-1) ?? 0) & 1) === 0)
  );
}

let keys: Fields[];

beforeAll(() => {
  keys = [
    generateKey("ed25519"),
    generateKey("ecdsa", 256),
    generateKey("ecdsa", 384),
    generateKey("ecdsa", 521),
    generateKey("rsa", 2048),
  ].map(fieldsOf);
});

/** One way to bend a real key's encoding, as an attacker or a sloppy tool would. */
const variant = fc.oneof(
  fc.record({
    kind: fc.constant("pad" as const),
    field: fc.nat(3),
    zeros: fc.integer({ min: 1, max: 9 }),
  }),
  fc.record({ kind: fc.constant("flip" as const), field: fc.nat(3), bit: fc.nat(2000) }),
  fc.record({ kind: fc.constant("compress" as const) }),
  fc.record({
    kind: fc.constant("trailing" as const),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }),
  }),
  fc.record({
    kind: fc.constant("truncate" as const),
    field: fc.nat(3),
    by: fc.integer({ min: 1, max: 4 }),
  }),
  fc.record({
    kind: fc.constant("curve" as const),
    name: fc.constantFrom("nistp256", "nistp384", "nistp521", "secp256k1"),
  }),
  fc.record({
    kind: fc.constant("type" as const),
    name: fc.constantFrom("ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa", "ssh-dss"),
  }),
);

function bend(
  key: Fields,
  change: typeof variant extends fc.Arbitrary<infer T> ? T : never,
): string {
  const fields = key.fields.map((field) => Buffer.from(field));
  const index = "field" in change ? change.field % fields.length : 0;
  const field = fields[index] ?? Buffer.alloc(0);
  switch (change.kind) {
    case "pad":
      fields[index] = Buffer.concat([Buffer.alloc(change.zeros), field]);
      return lineOf({ type: key.type, fields });
    case "flip":
      if (field.length > 0) {
        const bit = change.bit % (field.length * 8);
        field[Math.floor(bit / 8)] = (field[Math.floor(bit / 8)] ?? 0) ^ (1 << (bit % 8));
      }
      return lineOf({ type: key.type, fields });
    case "compress": {
      const point = fields.at(-1) ?? Buffer.alloc(0);
      const half = (point.length - 1) / 2;
      fields[fields.length - 1] = Buffer.concat([
        Buffer.from([2 | ((point.at(-1) ?? 0) & 1)]),
        point.subarray(1, 1 + half),
      ]);
      return lineOf({ type: key.type, fields });
    }
    case "trailing":
      return lineOf(key, Buffer.from(change.bytes));
    case "truncate":
      fields[index] = field.subarray(0, Math.max(0, field.length - change.by));
      return lineOf({ type: key.type, fields });
    case "curve":
      if (key.type.startsWith("ecdsa-")) {
        fields[0] = Buffer.from(change.name);
      }
      return lineOf({ type: key.type, fields });
    case "type":
      return lineOf({ type: change.name, fields });
  }
}

describe("SSH keys are accepted exactly when OpenSSH accepts them", () => {
  it("generated variants of real keys: same verdict, bits and fingerprint as ssh-keygen", () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.nat(keys.length - 1), variant, (which, change) => {
        const line = bend(keys[which] as Fields, change);
        const ours = parseSshPublicKey(line);
        const theirs = fingerprintOf(line);
        // Where our policy is stricter than OpenSSH, which reads any numbers as an RSA key.
        if (theirs !== undefined && isBrokenRsa(line)) {
          expect(ours).toEqual({ ok: false, reason: "invalid_key" });
          return;
        }
        if (theirs !== undefined && line.startsWith("ssh-rsa ") && theirs.bits < minRsaBits) {
          expect(ours).toEqual({ ok: false, reason: "weak_rsa" });
          return;
        }
        expect({ line, accepted: ours.ok }).toEqual({ line, accepted: theirs !== undefined });
        if (ours.ok && theirs !== undefined) {
          expect({ bits: ours.key.bits, fingerprint: ours.key.fingerprint }).toEqual(theirs);
          accepted += 1;
        } else {
          refused += 1;
        }
      }),
      { numRuns: 200 },
    );
    expect(accepted).toBeGreaterThan(10);
    expect(refused).toBeGreaterThan(10);
  });

  it("an RSA key with its numbers padded by zero bytes is the same key, with ssh-keygen's fingerprint", () => {
    const key = keys.find((candidate) => candidate.type === "ssh-rsa") as Fields;
    const canonical = parseSshPublicKey(lineOf(key));
    const [exponent = Buffer.alloc(0), modulus = Buffer.alloc(0)] = key.fields;
    const padded = lineOf({
      type: key.type,
      fields: [
        Buffer.concat([Buffer.alloc(3), exponent]),
        Buffer.concat([Buffer.alloc(5), modulus]),
      ],
    });
    const parsed = parseSshPublicKey(padded);
    expect(parsed.ok && canonical.ok).toBe(true);
    if (parsed.ok && canonical.ok) {
      expect(parsed.key.fingerprint).toBe(canonical.key.fingerprint);
      expect(parsed.key.fingerprint).toBe(fingerprintOf(padded)?.fingerprint);
      expect(parsed.key.line).toBe(canonical.key.line);
    }
  });

  it.each([
    [16_384, true],
    [16_385, false],
    [20_799, false],
  ])("an RSA modulus of %i bits: accepted %s, as by ssh-keygen", (bits, expected) => {
    const modulus = Buffer.alloc(Math.ceil(bits / 8), 0xa5);
    modulus[0] = 1 << ((bits - 1) % 8);
    modulus[modulus.length - 1] = 0xa5 | 1;
    // As an mpint: a zero byte before the set high bit.
    const mpint = Buffer.concat([Buffer.from([0]), modulus]);
    const line = lineOf({ type: "ssh-rsa", fields: [Buffer.from([1, 0, 1]), mpint] });
    expect(fingerprintOf(line) !== undefined).toBe(expected);
    const parsed = parseSshPublicKey(line);
    expect(parsed.ok ? parsed.key.bits : parsed.reason).toBe(expected ? bits : "rsa_too_large");
  });

  it("a point off its curve is refused, for every curve and for security keys", () => {
    for (const key of keys.filter((candidate) => candidate.type.startsWith("ecdsa-"))) {
      const fields = key.fields.map((field) => Buffer.from(field));
      const point = fields[1] as Buffer;
      point[point.length - 1] = (point.at(-1) ?? 0) ^ 1;
      const line = lineOf({ type: key.type, fields });
      expect(fingerprintOf(line)).toBeUndefined();
      expect(parseSshPublicKey(line)).toEqual({ ok: false, reason: "invalid_key" });
      const sk = lineOf({
        type: "sk-ecdsa-sha2-nistp256@openssh.com",
        fields: [Buffer.from("nistp256"), point, Buffer.from("ssh:")],
      });
      if (key.type === "ecdsa-sha2-nistp256") {
        expect(fingerprintOf(sk)).toBeUndefined();
        expect(parseSshPublicKey(sk)).toEqual({ ok: false, reason: "invalid_key" });
      }
    }
  });
});
