// Sealed WebAuthn challenges (server/webauthn/challenge-seal.ts): a challenge opens only under the
// key and binding it was sealed for, before its expiry, in its one spelling; any change to any
// bit, any other binding and any other string is refused. Generated input (fast-check).
import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { systemRandom } from "../../../../server/lib/clock.ts";
import {
  challengeKeyFrom,
  openChallenge,
  sealChallenge,
  webauthnChallengeLifetimeMs,
  type ChallengeBinding,
} from "../../../../server/webauthn/challenge-seal.ts";

const now = Date.UTC(2026, 10, 30, 9, 0, 0);
const key = challengeKeyFrom(randomBytes(32));

const binding: fc.Arbitrary<ChallengeBinding> = fc.record({
  purpose: fc.constantFrom("authentication", "reverify", "registration"),
  userId: fc.option(fc.string({ maxLength: 40 })),
  sessionId: fc.option(fc.string({ maxLength: 40 })),
});

const sealed = (bound: ChallengeBinding, at = now) =>
  Buffer.from(sealChallenge(key, systemRandom, bound, at)).toString("base64url");

describe("sealed WebAuthn challenges", () => {
  it("open for their own binding until two minutes have passed, and never after", () => {
    fc.assert(
      fc.property(binding, fc.nat({ max: webauthnChallengeLifetimeMs * 2 }), (bound, elapsed) => {
        const challenge = sealed(bound);
        // As clientDataJSON carries it: within the charset and length client-data.ts accepts.
        expect(challenge).toMatch(/^[A-Za-z0-9_-]{16,128}$/);
        const opened = openChallenge(key, challenge, bound, now + elapsed);
        expect(opened).toEqual(
          elapsed < webauthnChallengeLifetimeMs
            ? { expiresAt: now + webauthnChallengeLifetimeMs }
            : undefined,
        );
      }),
    );
  });

  it("refuse any other binding", () => {
    fc.assert(
      fc.property(binding, binding, (issued, presented) => {
        fc.pre(JSON.stringify(issued) !== JSON.stringify(presented));
        expect(openChallenge(key, sealed(issued), presented, now)).toBeUndefined();
      }),
    );
  });

  it("refuse a challenge with any bit changed, or sealed under another key", () => {
    const bound: ChallengeBinding = { purpose: "authentication", userId: null, sessionId: null };
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 0, max: 7 }), (at, bit) => {
        const bytes = Buffer.from(sealed(bound), "base64url");
        const index = at % bytes.length;
        bytes[index] = (bytes[index] ?? 0) ^ (1 << bit);
        expect(openChallenge(key, bytes.toString("base64url"), bound, now)).toBeUndefined();
      }),
    );
    const otherKey = challengeKeyFrom(randomBytes(32));
    const foreign = Buffer.from(sealChallenge(otherKey, systemRandom, bound, now));
    expect(openChallenge(key, foreign.toString("base64url"), bound, now)).toBeUndefined();
  });

  it("refuse a second spelling of the same bytes and every other string", () => {
    const bound: ChallengeBinding = { purpose: "authentication", userId: null, sessionId: null };
    const challenge = sealed(bound);
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const last = alphabet[alphabet.indexOf(challenge.at(-1) ?? "A") ^ 1] ?? "";
    const respelled = `${challenge.slice(0, -1)}${last}`;
    // The same bytes (the last character's spare bits differ), so only the spelling is refused.
    expect(Buffer.from(respelled, "base64url")).toEqual(Buffer.from(challenge, "base64url"));
    expect(openChallenge(key, respelled, bound, now)).toBeUndefined();
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
        fc.pre(text !== challenge);
        expect(openChallenge(key, text, bound, now)).toBeUndefined();
      }),
    );
  });

  it("derive the same key from the same secret and another from another", () => {
    const secret = randomBytes(32);
    expect(challengeKeyFrom(Buffer.from(secret))).toEqual(challengeKeyFrom(secret));
    expect(challengeKeyFrom(secret)).not.toEqual(secret);
    expect(challengeKeyFrom(randomBytes(32))).not.toEqual(challengeKeyFrom(secret));
  });
});
