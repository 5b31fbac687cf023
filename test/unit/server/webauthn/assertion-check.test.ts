// The synchronous assertion check (server/webauthn/assertion-check.ts) against the library it
// replaces: for generated assertions — genuine, or with any flag byte, counter, type, challenge,
// origin, top origin, token binding, RP ID, user handle or id changed, a byte of the signature,
// authenticator data or client data flipped, bytes appended — it accepts exactly what
// @simplewebauthn/server's verifyAuthenticationResponse accepts (user verification required),
// with ES256 and RS256 keys (what registration allows), but for one thing: an ES256 signature
// must be DER (WebAuthn §6.5.6), which node:crypto holds to and the library's ASN.1 parser does
// not (a SEQUENCE length one short still parses). Keys of any other algorithm are refused.
import { createHash, generateKeyPairSync, sign } from "node:crypto";
import { verifyAuthenticationResponse } from "@simplewebauthn/server";
import * as helpers from "@simplewebauthn/server/helpers";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkAssertion } from "../../../../server/webauthn/assertion-check.ts";

const origin = "https://portal.example.com";
const rpId = "portal.example.com";
const challenge = Buffer.from("the challenge the server sealed").toString("base64url");

type Signer = { name: string; cose: string; sign(data: Buffer): Buffer };

function coseOf(entries: [number, number | Buffer][]): string {
  const map = new Map(
    entries.map(([label, value]) => [
      label,
      typeof value === "number" ? value : new Uint8Array(value),
    ]),
  );
  return Buffer.from(helpers.isoCBOR.encode(map)).toString("base64url");
}

function es256(): Signer {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const jwk = publicKey.export({ format: "jwk" });
  return {
    name: "ES256",
    cose: coseOf([
      [1, 2],
      [3, -7],
      [-1, 1],
      [-2, Buffer.from(jwk.x ?? "", "base64url")],
      [-3, Buffer.from(jwk.y ?? "", "base64url")],
    ]),
    sign: (data) => sign("sha256", data, { key: privateKey, dsaEncoding: "der" }),
  };
}

function rs256(): Signer {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = publicKey.export({ format: "jwk" });
  return {
    name: "RS256",
    cose: coseOf([
      [1, 3],
      [3, -257],
      [-1, Buffer.from(jwk.n ?? "", "base64url")],
      [-2, Buffer.from(jwk.e ?? "", "base64url")],
    ]),
    sign: (data) => sign("sha256", data, privateKey),
  };
}

const signers = [es256(), rs256()];

type Variation = {
  flags: number;
  counter: number;
  storedCounter: number;
  type: string;
  challenge: string;
  origin: string;
  rpId: string;
  topOrigin: string | undefined;
  crossOrigin: boolean;
  tokenBinding: unknown;
  userHandle: unknown;
  rawIdDiffers: boolean;
  flip: { part: "signature" | "authenticatorData" | "clientDataJSON"; at: number } | undefined;
  appended: number;
};

const genuine: Variation = {
  flags: 0x05,
  counter: 0,
  storedCounter: 0,
  type: "webauthn.get",
  challenge,
  origin,
  rpId,
  topOrigin: undefined,
  crossOrigin: false,
  tokenBinding: undefined,
  userHandle: undefined,
  rawIdDiffers: false,
  flip: undefined,
  appended: 0,
};

/** Mostly the genuine value, so that assertions with one or two changes are common. */
function mostly<K extends keyof Variation>(key: K, other: fc.Arbitrary<Variation[K]>) {
  return fc.oneof(
    { arbitrary: fc.constant(genuine[key]), weight: 8 },
    { arbitrary: other, weight: 1 },
  );
}

const variation: fc.Arbitrary<Variation> = fc.record({
  flags: mostly(
    "flags",
    fc.oneof(fc.constantFrom(0x1d, 0x0d, 0x15, 0x04, 0x01, 0x45, 0x85), fc.nat(255)),
  ),
  counter: mostly("counter", fc.nat(3)),
  storedCounter: mostly("storedCounter", fc.nat(3)),
  type: mostly("type", fc.constantFrom("webauthn.create", "")),
  challenge: mostly("challenge", fc.constantFrom(`${challenge}x`, "")),
  origin: mostly("origin", fc.constantFrom("https://evil.example.com", `${origin}/`)),
  rpId: mostly("rpId", fc.constantFrom("example.com", "evil.example.com")),
  topOrigin: mostly("topOrigin", fc.constantFrom(origin, "https://evil.example.com")),
  crossOrigin: mostly("crossOrigin", fc.constant(true)),
  tokenBinding: mostly(
    "tokenBinding",
    fc.constantFrom<unknown>({ status: "present" }, { status: "bogus" }, "present"),
  ),
  userHandle: mostly("userHandle", fc.constantFrom<unknown>("dXNlcg", 42)),
  rawIdDiffers: mostly("rawIdDiffers", fc.constant(true)),
  flip: mostly(
    "flip",
    fc.record({
      part: fc.constantFrom(
        "signature" as const,
        "authenticatorData" as const,
        "clientDataJSON" as const,
      ),
      at: fc.nat(),
    }),
  ),
  appended: mostly("appended", fc.integer({ min: 1, max: 2 })),
});

function assertionOf(signer: Signer, v: Variation) {
  const counter = Buffer.alloc(4);
  counter.writeUInt32BE(v.counter);
  let authenticatorData = Buffer.concat([
    createHash("sha256").update(v.rpId).digest(),
    Buffer.from([v.flags]),
    counter,
    Buffer.alloc(v.appended),
  ]);
  let clientDataJSON = Buffer.from(
    JSON.stringify({
      type: v.type,
      challenge: v.challenge,
      origin: v.origin,
      crossOrigin: v.crossOrigin,
      ...(v.topOrigin === undefined ? {} : { topOrigin: v.topOrigin }),
      ...(v.tokenBinding === undefined ? {} : { tokenBinding: v.tokenBinding }),
    }),
  );
  let signature = signer.sign(
    Buffer.concat([authenticatorData, createHash("sha256").update(clientDataJSON).digest()]),
  );
  const flipped = (bytes: Buffer, at: number) => {
    const copy = Buffer.from(bytes);
    copy[at % copy.length] = (copy[at % copy.length] ?? 0) ^ 0x01;
    return copy;
  };
  if (v.flip?.part === "signature") {
    signature = flipped(signature, v.flip.at);
  }
  if (v.flip?.part === "authenticatorData") {
    authenticatorData = flipped(authenticatorData, v.flip.at);
  }
  if (v.flip?.part === "clientDataJSON") {
    clientDataJSON = flipped(clientDataJSON, v.flip.at);
  }
  const id = "Y3JlZGVudGlhbA";
  return {
    id,
    rawId: v.rawIdDiffers ? "b3RoZXI" : id,
    type: "public-key" as const,
    clientExtensionResults: {},
    response: {
      clientDataJSON: clientDataJSON.toString("base64url"),
      authenticatorData: authenticatorData.toString("base64url"),
      signature: signature.toString("base64url"),
      ...(v.userHandle === undefined ? {} : { userHandle: v.userHandle as string }),
    },
  };
}

type Assertion = ReturnType<typeof assertionOf>;

async function libraryAccepts(
  signer: Signer,
  v: Variation,
  assertion: Assertion = assertionOf(signer, v),
): Promise<boolean> {
  try {
    const result = await verifyAuthenticationResponse({
      response: assertion,
      expectedChallenge: challenge,
      expectedOrigin: origin,
      expectedRPID: rpId,
      expectedType: "webauthn.get",
      credential: {
        id: "Y3JlZGVudGlhbA",
        publicKey: new Uint8Array(Buffer.from(signer.cose, "base64url")),
        counter: v.storedCounter,
      },
      requireUserVerification: true,
    });
    return result.verified && result.authenticationInfo.userVerified;
  } catch {
    return false;
  }
}

function ourCheck(
  signer: Signer,
  v: Variation,
  assertion: Assertion = assertionOf(signer, v),
  publicKey = signer.cose,
): boolean {
  try {
    const { newCounter } = checkAssertion(helpers, assertion, {
      challenge,
      origin,
      rpId,
      publicKey,
      counter: v.storedCounter,
    });
    expect(newCounter).toBe(v.counter);
    return true;
  } catch {
    return false;
  }
}

/** An ECDSA signature in DER: SEQUENCE { INTEGER r, INTEGER s } with every length exact. */
function isDerSignature(bytes: Buffer): boolean {
  if (bytes[0] !== 0x30 || bytes[1] !== bytes.length - 2) {
    return false;
  }
  let at = 2;
  for (let integer = 0; integer < 2; integer += 1) {
    if (bytes[at] !== 0x02) {
      return false;
    }
    at += 2 + (bytes[at + 1] ?? 0);
  }
  return at === bytes.length;
}

describe("the synchronous assertion check", () => {
  for (const signer of signers) {
    it(`accepts a genuine ${signer.name} assertion, and a counter that moved`, async () => {
      expect(ourCheck(signer, genuine)).toBe(true);
      const moved = { ...genuine, counter: 3, storedCounter: 2 };
      expect(ourCheck(signer, moved)).toBe(true);
      expect(await libraryAccepts(signer, moved)).toBe(true);
    });

    if (signer.name === "ES256") {
      it("refuses an ES256 signature whose DER SEQUENCE length is one short", async () => {
        // Signatures until one whose r and s fill 0x45 bytes: its length byte made 0x44 still
        // parses in the library (it reads both INTEGERs past the end it was given).
        for (let tries = 0; tries < 200; tries += 1) {
          const assertion = assertionOf(signer, genuine);
          const signature = Buffer.from(assertion.response.signature, "base64url");
          if (signature[1] !== 0x45) {
            continue;
          }
          signature[1] = 0x44;
          assertion.response.signature = signature.toString("base64url");
          expect(isDerSignature(signature)).toBe(false);
          expect(await libraryAccepts(signer, genuine, assertion)).toBe(true);
          expect(ourCheck(signer, genuine, assertion)).toBe(false);
          return;
        }
        throw new Error("no signature of 0x45 bytes in 200 tries");
      });
    }

    it(`accepts exactly what the library accepts, ${signer.name}`, async () => {
      let accepted = 0;
      let refused = 0;
      await fc.assert(
        fc.asyncProperty(variation, async (v) => {
          // One assertion for both: an ECDSA signature differs every time it is made.
          const assertion = assertionOf(signer, v);
          const ours = ourCheck(signer, v, assertion);
          const signature = Buffer.from(assertion.response.signature, "base64url");
          if (signer.name === "ES256" && !isDerSignature(signature)) {
            expect(ours).toBe(false);
          } else {
            expect(ours).toBe(await libraryAccepts(signer, v, assertion));
          }
          accepted += ours ? 1 : 0;
          refused += ours ? 0 : 1;
        }),
        { numRuns: 400 },
      );
      // The generator reaches both answers, or the comparison would prove little.
      expect(accepted).toBeGreaterThan(20);
      expect(refused).toBeGreaterThan(100);
    });
  }

  it("refuses keys of an algorithm registration does not accept", () => {
    const signer = signers[0] as Signer;
    const jwk = pointOf(signer);
    const other = [
      // ES256 announced on P-384, ES384, EdDSA, and an RS256 key announced as PS256.
      coseOf([
        [1, 2],
        [3, -7],
        [-1, 2],
        [-2, jwk.x],
        [-3, jwk.y],
      ]),
      coseOf([
        [1, 2],
        [3, -35],
        [-1, 1],
        [-2, jwk.x],
        [-3, jwk.y],
      ]),
      coseOf([
        [1, 1],
        [3, -8],
        [-1, 6],
        [-2, jwk.x],
      ]),
      coseOf([
        [1, 3],
        [3, -37],
        [-1, jwk.x],
        [-2, Buffer.from([1, 0, 1])],
      ]),
    ];
    for (const publicKey of other) {
      expect(ourCheck(signer, genuine, undefined, publicKey)).toBe(false);
    }
  });
});

function pointOf(signer: Signer): { x: Buffer; y: Buffer } {
  const cose = helpers.decodeCredentialPublicKey(
    helpers.isoBase64URL.toBuffer(signer.cose),
  ) as unknown as Map<number, Uint8Array>;
  return { x: Buffer.from(cose.get(-2) ?? []), y: Buffer.from(cose.get(-3) ?? []) };
}
