// A WebAuthn challenge taken with the asserted passkey (server/webauthn/challenge-with-passkey.ts)
// on both databases: one statement on PostgreSQL, two on SQLite, the same answers — a challenge
// that is forged, expired or bound to another purpose, user or session is refused and recorded
// nowhere, a good one passes once, an unknown credential comes back as no passkey (the challenge
// spent all the same), and a known one with its owner exactly as stored.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Passkey, WebauthnChallengePurpose } from "../../server/storage/devices-schema.ts";
import { systemRandom } from "../../server/lib/clock.ts";
import { webauthnChallengeLifetimeMs } from "../../server/webauthn/challenge-seal.ts";
import { takeChallengeWithPasskey } from "../../server/webauthn/challenge-with-passkey.ts";
import { issueWebauthnChallenge } from "../../server/webauthn/webauthn-challenges.ts";
import { dialects } from "../fixtures/databases.ts";
import { createTestUser, startTestServer, type TestServer } from "../fixtures/test-server.ts";

for (const dialect of dialects) {
  describe(`a challenge taken with its passkey on ${dialect}`, () => {
    let server: TestServer;
    let passkey: Passkey;
    const key = randomBytes(32);
    type Binding = {
      purpose: WebauthnChallengePurpose;
      userId: string | null;
      sessionId: string | null;
    };
    const signIn: Binding = { purpose: "authentication", userId: null, sessionId: null };

    const issue = (binding: Binding = signIn, signingKey = key) =>
      Buffer.from(
        issueWebauthnChallenge(signingKey, systemRandom, { ...binding, now: server.clock.now() }),
      ).toString("base64url");
    const take = (challenge: string, passkeyId: string, binding: Binding = signIn, at = 0) =>
      takeChallengeWithPasskey(server.context.db, key, {
        ...binding,
        challenge,
        passkeyId,
        now: server.clock.now() + at,
      });
    const recorded = async (challenge: string) =>
      (
        await server.context.db
          .selectFrom("spent_webauthn_challenges")
          .select("challenge")
          .where("challenge", "=", challenge)
          .execute()
      ).length;

    beforeAll(async () => {
      server = await startTestServer(dialect);
      const user = await createTestUser(server);
      passkey = {
        id: `credential-${dialect}`,
        user_id: user.id,
        device_id: null,
        name: "Stored authenticator",
        public_key: "pQECAyYgASFYIA",
        counter: 17,
        transports: '["internal"]',
        aaguid: "00000000-0000-0000-0000-000000000000",
        backed_up: 1,
        device_type: "multiDevice",
        created_at: server.clock.now() - 5000,
        last_used_at: null,
      };
      await server.context.db.insertInto("passkeys").values(passkey).execute();
    });
    afterAll(() => server.close());

    it("a good challenge comes with the passkey and its owner, as stored, and only once", async () => {
      const challenge = issue();
      const taken = await take(challenge, passkey.id);
      expect(taken?.challenge.challenge).toBe(challenge);
      expect(await recorded(challenge)).toBe(1);
      // Kept until 10 minutes past the challenge's own 2-minute expiry.
      expect(taken?.challenge.expires_at).toBe(server.clock.now() + 12 * 60 * 1000);
      expect(taken?.found?.passkey).toEqual(passkey);
      const owner = await server.context.db
        .selectFrom("users")
        .selectAll()
        .where("id", "=", passkey.user_id)
        .executeTakeFirstOrThrow();
      expect(taken?.found?.owner).toEqual(owner);
      expect(await take(challenge, passkey.id)).toBeUndefined();
    });

    it("an unknown credential comes back as no passkey, the challenge spent", async () => {
      const challenge = issue();
      const taken = await take(challenge, "no-such-credential");
      expect(taken?.challenge.challenge).toBe(challenge);
      expect(taken?.found).toBeUndefined();
      expect(await take(challenge, passkey.id)).toBeUndefined();
    });

    it("a forged, altered, expired or otherwise bound challenge is refused and recorded nowhere", async () => {
      const reverify: Binding = { purpose: "reverify", userId: passkey.user_id, sessionId: "s1" };
      const good = issue(reverify);
      const altered = (challenge: string, byte: number) => {
        const bytes = Buffer.from(challenge, "base64url");
        bytes[byte] = (bytes[byte] ?? 0) ^ 1;
        return bytes.toString("base64url");
      };
      const refused: [string, Binding, number][] = [
        ["never-issued-challenge", reverify, 0],
        [issue(reverify, randomBytes(32)), reverify, 0], // sealed under another key
        [altered(good, 1), reverify, 0], // the nonce
        [altered(good, 20), reverify, 0], // the expiry
        [altered(good, 40), reverify, 0], // the MAC
        [good, reverify, webauthnChallengeLifetimeMs], // expired
        [good, { ...reverify, sessionId: "s2" }, 0], // another session
        [good, { ...reverify, userId: "someone-else" }, 0], // another user
        [good, { ...reverify, purpose: "registration" }, 0],
        [good, signIn, 0],
        [`${good}A`, reverify, 0], // a longer spelling
      ];
      for (const [challenge, binding, at] of refused) {
        expect(await take(challenge, passkey.id, binding, at)).toBeUndefined();
        expect(await recorded(challenge)).toBe(0);
      }
      // The genuine one still passes, once, just before it expires.
      expect(await take(good, passkey.id, reverify, webauthnChallengeLifetimeMs - 1)).toBeDefined();
      expect(await take(good, passkey.id, reverify)).toBeUndefined();
    });
  });
}
