// Device challenges (server/devices/device-proof.ts) on both databases: issuing one writes nothing;
// a proof spends it once, whatever follows (here, a device that does not exist); one altered,
// expired, sealed under another key or for a WebAuthn ceremony is refused and recorded nowhere;
// one an instance of the previous release stored (migration 0320) is taken once, by deleting it.
import { createHash, randomBytes } from "node:crypto";
import { sql } from "kysely";
import { beforeEach, describe, expect, it } from "vitest";
import {
  deviceChallengeLifetimeMs,
  issueDeviceChallenge,
  verifyDeviceProof,
} from "../../server/devices/device-proof.ts";
import { systemClock, systemRandom } from "../../server/lib/clock.ts";
import { challengeKeyFrom } from "../../server/webauthn/challenge-seal.ts";
import { issueWebauthnChallenge } from "../../server/webauthn/webauthn-challenges.ts";
import { dialects } from "../fixtures/databases.ts";
import { migratedDatabaseWithUsers } from "../fixtures/migrated-database.ts";

const now = Date.UTC(2026, 11, 1, 9, 0, 0);
const origin = "https://portal.example.com";
const noSuchDevice = "00000000-0000-4000-8000-000000000000";

for (const dialect of dialects) {
  describe(`device challenges on ${dialect}`, () => {
    const database = migratedDatabaseWithUsers(dialect, []);
    const secretKey = randomBytes(32);
    const keyContext = (key = secretKey) => ({
      config: { mode: "production" as const, secretKey: key },
      db: database.db,
      clock: systemClock,
      random: systemRandom,
    });
    const prove = (challenge: string, at: number, context = keyContext()) =>
      verifyDeviceProof(
        context,
        { deviceId: noSuchDevice, challenge, signature: "AA" },
        {
          origin,
          now: at,
        },
      );
    const challengeRefused = { ok: false, reason: "challenge_invalid" };
    const challengeTaken = { ok: false, reason: "device_unknown" };
    const rowCounts = async () => {
      const count = async (table: "spent_device_challenges" | "device_challenges") =>
        Number(
          (
            await sql<{
              n: number | string;
            }>`select count(*) as n from ${sql.table(table)}`.execute(database.db)
          ).rows[0]?.n,
        );
      return {
        spent: await count("spent_device_challenges"),
        stored: await count("device_challenges"),
      };
    };

    beforeEach(async () => {
      await sql`delete from spent_device_challenges`.execute(database.db);
      await sql`delete from device_challenges`.execute(database.db);
    });

    it("issuing one writes nothing, and a proof spends it once whatever follows", async () => {
      const challenge = await issueDeviceChallenge(keyContext(), now);
      expect(challenge).toMatch(/^[A-Za-z0-9_-]{74}$/);
      expect(await rowCounts()).toEqual({ spent: 0, stored: 0 });
      expect(await prove(challenge, now)).toEqual(challengeTaken);
      expect(await prove(challenge, now + 1)).toEqual(challengeRefused);
      expect(await rowCounts()).toEqual({ spent: 1, stored: 0 });
    });

    it("refuses one altered, expired, sealed under another key or for a passkey, recording none", async () => {
      const challenge = await issueDeviceChallenge(keyContext(), now);
      const at = 30; // inside the expiry and the MAC's first bytes
      const altered = `${challenge.slice(0, at)}${challenge[at] === "A" ? "B" : "A"}${challenge.slice(at + 1)}`;
      const forPasskey = Buffer.from(
        issueWebauthnChallenge(challengeKeyFrom(secretKey), systemRandom, {
          purpose: "authentication",
          userId: null,
          sessionId: null,
          now,
        }),
      ).toString("base64url");
      expect(await prove(altered, now)).toEqual(challengeRefused);
      expect(await prove(challenge, now + deviceChallengeLifetimeMs)).toEqual(challengeRefused);
      expect(await prove(challenge, now, keyContext(randomBytes(32)))).toEqual(challengeRefused);
      expect(await prove(forPasskey, now)).toEqual(challengeRefused);
      expect(await rowCounts()).toEqual({ spent: 0, stored: 0 });
      // None of those spent it: in time, under its own key, it is still good once.
      expect(await prove(challenge, now + deviceChallengeLifetimeMs - 1)).toEqual(challengeTaken);
    });

    it("takes a challenge the previous release stored once, by deleting it, and not after its expiry", async () => {
      const store = async (expiresAt: number) => {
        const challenge = randomBytes(32).toString("base64url");
        await database.db
          .insertInto("device_challenges")
          .values({
            challenge_hash: createHash("sha256").update(challenge).digest("hex"),
            expires_at: expiresAt,
          })
          .execute();
        return challenge;
      };
      const live = await store(now + 1);
      const expired = await store(now);
      expect(await prove(live, now)).toEqual(challengeTaken);
      expect(await prove(live, now)).toEqual(challengeRefused);
      expect(await prove(expired, now)).toEqual(challengeRefused);
      expect(await rowCounts()).toEqual({ spent: 0, stored: 0 });
    });
  });
}
