// A WebAuthn challenge taken with the asserted passkey (server/webauthn/challenge-with-passkey.ts)
// on both databases: one statement on PostgreSQL, two on SQLite, the same answers — a challenge
// that is unknown, expired or for another purpose is refused and spent all the same, an unknown
// credential comes back as no passkey, and a known one with its owner exactly as stored.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Passkey } from "../../server/storage/devices-schema.ts";
import { takeChallengeWithPasskey } from "../../server/webauthn/challenge-with-passkey.ts";
import { dialects } from "../fixtures/databases.ts";
import { createTestUser, startTestServer, type TestServer } from "../fixtures/test-server.ts";

for (const dialect of dialects) {
  describe(`a challenge taken with its passkey on ${dialect}`, () => {
    let server: TestServer;
    let passkey: Passkey;
    let challengeCount = 0;

    const issue = async (
      purpose: "authentication" | "reverify" | "registration",
      expiresAt: number,
    ) => {
      challengeCount += 1;
      const challenge = `challenge-${challengeCount}-${dialect}`;
      await server.context.db
        .insertInto("webauthn_challenges")
        .values({ challenge, purpose, user_id: null, session_id: null, expires_at: expiresAt })
        .execute();
      return challenge;
    };
    const take = (challenge: string, passkeyId: string, purpose = "authentication" as const) =>
      takeChallengeWithPasskey(server.context.db, {
        challenge,
        purpose,
        passkeyId,
        now: server.clock.now(),
      });

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
      const challenge = await issue("authentication", server.clock.now() + 60_000);
      const taken = await take(challenge, passkey.id);
      expect(taken?.challenge.challenge).toBe(challenge);
      expect(taken?.challenge.purpose).toBe("authentication");
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
      const challenge = await issue("authentication", server.clock.now() + 60_000);
      const taken = await take(challenge, "no-such-credential");
      expect(taken?.challenge.challenge).toBe(challenge);
      expect(taken?.found).toBeUndefined();
      expect(await take(challenge, passkey.id)).toBeUndefined();
    });

    it("an unknown, expired or other-purpose challenge is refused, and spent all the same", async () => {
      expect(await take("never-issued", passkey.id)).toBeUndefined();
      const expired = await issue("authentication", server.clock.now());
      const forRegistration = await issue("registration", server.clock.now() + 60_000);
      for (const challenge of [expired, forRegistration]) {
        expect(await take(challenge, passkey.id)).toBeUndefined();
        const left = await server.context.db
          .selectFrom("webauthn_challenges")
          .select("challenge")
          .where("challenge", "=", challenge)
          .execute();
        expect(left).toEqual([]);
      }
    });
  });
}
