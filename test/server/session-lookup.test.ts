// The session lookup (server/auth/session.ts) finds exactly the presented session and its own
// user on both databases, whatever the token looks like, and refuses every near miss.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkSessionToken, createSession } from "../../server/auth/session.ts";
import { createManualClock, systemRandom } from "../../server/lib/clock.ts";
import { checkedPartOf } from "../fixtures/checked-session.ts";
import { dialects } from "../fixtures/databases.ts";
import { migratedDatabaseWithUsers, testUser } from "../fixtures/migrated-database.ts";

for (const dialect of dialects) {
  describe(`session lookup on ${dialect}`, () => {
    const database = migratedDatabaseWithUsers(
      dialect,
      ["ann", "bob", "cyd"].map((id) =>
        testUser(id, { first_name: "Zoë", last_name: id, display_name: `Zoë ${id}` }),
      ),
    );
    const clock = createManualClock();
    const context = () => ({ db: database.db, clock, random: systemRandom });
    const origin = { ip: "192.0.2.1", userAgent: "Bench/1" };

    it("returns every field of the presented session and of its own user, among many", async () => {
      const issued = [];
      for (const userId of ["ann", "bob", "cyd", "bob", "ann"]) {
        issued.push({ userId, ...(await createSession(context(), userId, origin)) });
      }
      for (const { userId, token, session } of issued) {
        const check = await checkSessionToken(context(), token);
        expect(check.status).toBe("valid");
        if (check.status !== "valid") {
          continue;
        }
        expect(check.auth.session).toEqual(checkedPartOf(session));
        expect(check.auth.user).toMatchObject({ id: userId, email: `${userId}@example.com` });
      }
    });

    it("refuses a token whose secret belongs to another session", async () => {
      const first = await createSession(context(), "ann", origin);
      const second = await createSession(context(), "bob", origin);
      const [firstId] = first.token.split(".");
      const [, secondSecret] = second.token.split(".");
      const check = await checkSessionToken(context(), `${firstId}.${secondSecret}`);
      expect(check.status).toBe("invalid");
    });

    it("refuses the session of a disabled user and an expired session", async () => {
      const { token } = await createSession(context(), "cyd", origin);
      await database.db
        .updateTable("users")
        .set({ status: "disabled" })
        .where("id", "=", "cyd")
        .execute();
      expect((await checkSessionToken(context(), token)).status).toBe("invalid");
      await database.db
        .updateTable("users")
        .set({ status: "active" })
        .where("id", "=", "cyd")
        .execute();
      const { session, token: later } = await createSession(context(), "cyd", origin);
      clock.advance(session.expires_at - clock.now());
      expect((await checkSessionToken(context(), later)).status).toBe("invalid");
    });

    it("answers invalid, never throws, for generated tokens", async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.string(),
            fc
              .tuple(fc.base64String({ minLength: 20, maxLength: 20 }), fc.string())
              .map(([id, secret]) => `${id}.${secret}`),
            fc
              .tuple(
                fc.stringMatching(/^[A-Za-z0-9_-]{20}$/),
                fc.stringMatching(/^[A-Za-z0-9_-]{27}$/),
              )
              .map(([id, secret]) => `${id}.${secret}`),
          ),
          async (token) => {
            expect((await checkSessionToken(context(), token)).status).toBe("invalid");
          },
        ),
        { numRuns: 60 },
      );
    });
  });
}
