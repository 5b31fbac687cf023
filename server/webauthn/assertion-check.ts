// An assertion checked as WebAuthn §7.2 asks, synchronously with node:crypto (issue 14): the
// library's verifyAuthenticationResponse did each hash, key import and signature through
// WebCrypto's promises on the thread pool, a third of a sign-in's main-thread time. The parsing
// is still the library's own (clientDataJSON, authenticator data, the COSE key); every check it
// made is made here, in its order, and a violation throws as it did. One is stricter: an ES256
// signature must be DER (WebAuthn §6.5.6), which node:crypto holds to and the library's ASN.1
// parser did not. Only the algorithms registration accepts verify (passkey-registration.ts):
// ES256 on P-256 and RS256.
import { createHash, createPublicKey, timingSafeEqual, verify, type KeyObject } from "node:crypto";
import type { AuthenticationResponseJSON } from "@simplewebauthn/server";
import type * as Helpers from "@simplewebauthn/server/helpers";

export type AssertionExpectations = {
  challenge: string;
  origin: string;
  rpId: string;
  /** The stored COSE public key, base64url. */
  publicKey: string;
  /** The stored signature counter. */
  counter: number;
};

/** Throws for every violation; the new counter when the assertion holds. */
export function checkAssertion(
  helpers: typeof Helpers,
  response: AuthenticationResponseJSON,
  expected: AssertionExpectations,
): { newCounter: number } {
  const { id, rawId, type, response: assertion } = response;
  // §7.2 steps 5–6 are the caller's (the credential is the owner's); the shape comes first.
  if (!id || id !== rawId || type !== "public-key") {
    throw new Error("not a public-key credential with one base64url id");
  }
  if (typeof assertion?.clientDataJSON !== "string") {
    throw new Error("clientDataJSON is not a string");
  }
  // Steps 10–14: type, challenge, cross-origin, origin.
  const clientData = helpers.decodeClientDataJSON(assertion.clientDataJSON);
  if (clientData.type !== "webauthn.get" || clientData.challenge !== expected.challenge) {
    throw new Error("unexpected type or challenge");
  }
  // No top origin is expected: the portal is never framed by another site.
  if (clientData.topOrigin) {
    throw new Error("unexpected top origin");
  }
  if (clientData.origin !== expected.origin) {
    throw new Error("unexpected origin");
  }
  const { isoBase64URL } = helpers;
  if (
    !isoBase64URL.isBase64URL(assertion.authenticatorData) ||
    !isoBase64URL.isBase64URL(assertion.signature) ||
    (assertion.userHandle && typeof assertion.userHandle !== "string")
  ) {
    throw new Error("authenticatorData, signature or userHandle malformed");
  }
  const tokenBinding: unknown = clientData.tokenBinding;
  if (
    tokenBinding &&
    (typeof tokenBinding !== "object" ||
      !["present", "supported", "notSupported"].includes(
        String((tokenBinding as { status?: unknown }).status),
      ))
  ) {
    throw new Error("unexpected tokenBinding");
  }
  // Steps 15–17: rpIdHash, UP, UV (the library's parser refuses short or trailing bytes).
  const authenticatorData = isoBase64URL.toBuffer(assertion.authenticatorData);
  const { rpIdHash, flags, counter } = helpers.parseAuthenticatorData(authenticatorData);
  const ourRpIdHash = createHash("sha256").update(expected.rpId).digest();
  if (rpIdHash.byteLength !== 32 || !timingSafeEqual(rpIdHash, ourRpIdHash)) {
    throw new Error("unexpected rpIdHash");
  }
  if (!flags.up || !flags.uv) {
    throw new Error("user not present or not verified");
  }
  // Step 22: a counter that did not move past the stored one (either non-zero) is a clone.
  if ((counter > 0 || expected.counter > 0) && counter <= expected.counter) {
    throw new Error("signature counter did not move");
  }
  // Backup state without backup eligibility cannot be (WebAuthn §6.1.3).
  if (flags.bs && !flags.be) {
    throw new Error("backed up but not backup-eligible");
  }
  // Steps 19–21: the signature over authenticatorData ‖ SHA-256(clientDataJSON).
  const clientDataHash = createHash("sha256")
    .update(isoBase64URL.toBuffer(assertion.clientDataJSON))
    .digest();
  const signed = Buffer.concat([authenticatorData, clientDataHash]);
  const signature = isoBase64URL.toBuffer(assertion.signature);
  const key = publicKeyOf(helpers, expected.publicKey);
  if (!verify("sha256", signed, key, signature)) {
    throw new Error("signature does not verify");
  }
  return { newCounter: counter };
}

const coseKty = 1;
const coseAlg = 3;
const es256 = -7;
const rs256 = -257;

// Keyed by the stored key's own text, so an entry can never be stale; bounded.
const keyCache = new Map<string, KeyObject>();
const keyCacheLimit = 1000;

/** The stored COSE key as a node:crypto key: ES256 (EC2, P-256) or RS256 (RSA) only. */
function publicKeyOf(helpers: typeof Helpers, stored: string): KeyObject {
  const cached = keyCache.get(stored);
  if (cached !== undefined) {
    return cached;
  }
  const cose = helpers.decodeCredentialPublicKey(
    helpers.isoBase64URL.toBuffer(stored),
  ) as unknown as Map<number, unknown>;
  const kty = cose.get(coseKty);
  const alg = cose.get(coseAlg);
  const part = (label: number) => {
    const value = cose.get(label);
    if (!(value instanceof Uint8Array) || value.byteLength === 0) {
      throw new Error(`public key part ${label} missing`);
    }
    return Buffer.from(value).toString("base64url");
  };
  let key: KeyObject;
  if (kty === 2 && alg === es256 && cose.get(-1) === 1) {
    key = createPublicKey({
      key: { kty: "EC", crv: "P-256", x: part(-2), y: part(-3) },
      format: "jwk",
    });
  } else if (kty === 3 && alg === rs256) {
    key = createPublicKey({ key: { kty: "RSA", n: part(-1), e: part(-2) }, format: "jwk" });
  } else {
    throw new Error(`public key type ${String(kty)} with algorithm ${String(alg)} not accepted`);
  }
  if (keyCache.size >= keyCacheLimit) {
    keyCache.delete(keyCache.keys().next().value ?? "");
  }
  keyCache.set(stored, key);
  return key;
}
