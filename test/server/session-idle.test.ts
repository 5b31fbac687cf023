// The idle limit (server/auth/session.ts) on both databases, with the injected clock: lastSeenAt is
// written only once it would move by a minute or more, so reads do not each cost a write, and the
// limit still holds to the millisecond from the last sighting recorded — never later.
import { describe, expect, it } from "vitest";
import { checkSessionToken, createSession, idleDeadline } from "../../server/auth/session.ts";
import { createManualClock, systemRandom } from "../../server/lib/clock.ts";
import { defaultPolicies } from "../../server/schemas/policies.ts";
import { dialects } from "../fixtures/databases.ts";
import { migratedDatabaseWithUsers, testUser } from "../fixtures/migrated-database.ts";

const second = 1000;
const minute = 60 * second;
const idle = defaultPolicies.session.idleMinutes * minute;

for (const dialect of dialects) {
  describe(`the idle limit on ${dialect}`, () => {
    const database = migratedDatabaseWithUsers(dialect, [testUser("ann")]);
    const clock = createManualClock();
    const context = () => ({ db: database.db, clock, random: systemRandom });

    const lastSeenOf = async (sessionId: string) =>
      (
        await database.db
          .selectFrom("sessions")
          .select("last_seen_at")
          .where("id", "=", sessionId)
          .executeTakeFirstOrThrow()
      ).last_seen_at;

    it("holds exactly at the boundary: valid a millisecond before, re-verification at it", async () => {
      const { token, session } = await createSession(context(), "ann", {
        ip: null,
        userAgent: null,
      });
      clock.advance(idle - 1);
      expect((await checkSessionToken(context(), token)).status).toBe("valid");
      // That request was seen (far more than a minute later), so the limit starts again from it.
      expect(await lastSeenOf(session.id)).toBe(clock.now());
      clock.advance(idle - 1);
      expect((await checkSessionToken(context(), token)).status).toBe("valid");
      clock.advance(idle);
      expect(await checkSessionToken(context(), token)).toMatchObject({
        status: "reverify",
        reason: "idle",
      });
    });

    it("a request within a minute of the last sighting writes nothing and extends nothing", async () => {
      const { token, session } = await createSession(context(), "ann", {
        ip: null,
        userAgent: null,
      });
      const signedInAt = clock.now();
      clock.advance(minute - 1);
      const check = await checkSessionToken(context(), token);
      expect(check.status).toBe("valid");
      expect(await lastSeenOf(session.id)).toBe(signedInAt);
      if (check.status === "valid") {
        expect(idleDeadline(check.auth.session, check.auth.policy)).toBe(signedInAt + idle);
      }
      // Never later than the idle limit after a sighting recorded: due at sign-in + 30 min.
      clock.advance(idle - (minute - 1));
      expect(await checkSessionToken(context(), token)).toMatchObject({ status: "reverify" });
    });

    it("a request a minute or more after the last sighting records it", async () => {
      const { token, session } = await createSession(context(), "ann", {
        ip: null,
        userAgent: null,
      });
      clock.advance(minute);
      expect((await checkSessionToken(context(), token)).status).toBe("valid");
      expect(await lastSeenOf(session.id)).toBe(clock.now());
      clock.advance(idle - 1);
      expect((await checkSessionToken(context(), token)).status).toBe("valid");
    });

    it("polling a session due for re-verification never records a sighting", async () => {
      const { token, session } = await createSession(context(), "ann", {
        ip: null,
        userAgent: null,
      });
      clock.advance(idle);
      for (let poll = 0; poll < 3; poll += 1) {
        expect((await checkSessionToken(context(), token)).status).toBe("reverify");
        clock.advance(minute);
      }
      expect(await lastSeenOf(session.id)).toBe(session.last_seen_at);
    });
  });
}
