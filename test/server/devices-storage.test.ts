// Device enrollment and passkey storage behave the same on SQLite and PostgreSQL: single-use
// connect keys and challenges hold under racing requests, and passkey counters move once.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createConnectKey, useConnectKey } from "../../server/devices/connect-keys.ts";
import { enrollDevice } from "../../server/devices/device-store.ts";
import { systemRandom } from "../../server/lib/clock.ts";
import { recordPasskeyUse, savePasskey } from "../../server/webauthn/passkey-store.ts";
import {
  consumeWebauthnChallenge,
  issueWebauthnChallenge,
} from "../../server/webauthn/webauthn-challenges.ts";
import { dialects } from "../fixtures/databases.ts";
import { migratedDatabaseWithUsers, testUser } from "../fixtures/migrated-database.ts";

const now = Date.UTC(2026, 5, 1, 12, 0, 0);

for (const dialect of dialects) {
  describe(`device storage on ${dialect}`, () => {
    const database = migratedDatabaseWithUsers(dialect, [testUser("u1")]);

    it("spends a connect key once, even when ten enrollments race", async () => {
      const { key } = await createConnectKey(database.db, systemRandom, "u1", now);
      const uses = await Promise.all(
        Array.from({ length: 10 }, () => useConnectKey(database.db, key, now + 1000)),
      );
      expect(uses.filter((use) => use.ok)).toEqual([{ ok: true, userId: "u1" }]);
      expect(await useConnectKey(database.db, key, now + 2000)).toEqual({
        ok: false,
        reason: "used",
      });
    });

    it("refuses a connect key after its hour", async () => {
      const { key } = await createConnectKey(database.db, systemRandom, "u1", now);
      expect(await useConnectKey(database.db, key, now + 60 * 60 * 1000)).toEqual({
        ok: false,
        reason: "expired",
      });
    });

    it("enrolls a public key only once", async () => {
      const device = {
        userId: "u1",
        name: "Mac",
        os: "darwin",
        appVersion: "1.0.0",
        publicKey: "pk-1",
        via: "connect_key" as const,
      };
      expect(await enrollDevice(database.db, device, now)).toMatchObject({ ok: true });
      expect(await enrollDevice(database.db, device, now)).toEqual({
        ok: false,
        reason: "already_enrolled",
      });
    });

    it("lets a WebAuthn challenge pass exactly one of twenty racing requests", async () => {
      const key = randomBytes(32);
      const binding = { purpose: "authentication" as const, userId: null, sessionId: null };
      const bytes = issueWebauthnChallenge(key, systemRandom, { ...binding, now });
      const challenge = Buffer.from(bytes).toString("base64url");
      const taken = await Promise.all(
        Array.from({ length: 20 }, () =>
          consumeWebauthnChallenge(database.db, key, challenge, { ...binding, now: now + 1 }),
        ),
      );
      expect(taken.filter((row) => row !== undefined)).toHaveLength(1);
    });

    it("moves a passkey's counter once when two assertions race", async () => {
      const passkey = {
        id: "cred-1",
        user_id: "u1",
        device_id: null,
        name: "Mac",
        public_key: "AAAA",
        counter: 5,
        transports: "[]",
        aaguid: "00000000-0000-0000-0000-000000000000",
        backed_up: 0,
        device_type: "singleDevice",
        created_at: now,
        last_used_at: null,
      };
      await savePasskey(database.db, passkey);
      const results = await Promise.all([
        recordPasskeyUse(database.db, passkey, 6, now),
        recordPasskeyUse(database.db, passkey, 6, now),
      ]);
      expect(results.filter(Boolean)).toHaveLength(1);
    });
  });
}
