// The writes of a passkey sign-in (server/device-login/passkey-sign-in-writes.ts) on both
// databases: one statement on PostgreSQL, one transaction on SQLite, the same outcome either way —
// a challenge serves one sign-in even when two arrive at once, a moved counter or a concurrent
// lock writes no session, and the audit line reaches exactly the webhooks that want it.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEventOf } from "../../server/audit/audit-log.ts";
import { webhookPayloadOf } from "../../server/audit/webhook-outbox.ts";
import { newSession } from "../../server/auth/session.ts";
import { writePasskeySignIn } from "../../server/device-login/passkey-sign-in-writes.ts";
import { defaultPolicies } from "../../server/schemas/policies.ts";
import { dialects } from "../fixtures/databases.ts";
import { createSyntheticAuthenticator } from "../fixtures/synthetic-authenticator.ts";
import {
  callApi,
  CookieJar,
  createTestUser,
  setPolicy,
  signIn,
  startTestServer,
  testOrigin,
  type TestServer,
} from "../fixtures/test-server.ts";

for (const dialect of dialects) {
  describe(`passkey sign-in writes on ${dialect}`, () => {
    const authenticator = createSyntheticAuthenticator();
    let server: TestServer;
    let userId = "";
    let passkeyId = "";

    const sessionsOfUser = async () =>
      (
        await server.context.db
          .selectFrom("sessions")
          .select("id")
          .where("user_id", "=", userId)
          .execute()
      ).length;
    const challenge = async () => {
      const options = await callApi(server, new CookieJar(), "POST", "/api/device-login/options");
      return options.json<{ options: { challenge: string } }>().options.challenge;
    };
    const readPasskey = () =>
      server.context.db
        .selectFrom("passkeys")
        .selectAll()
        .where("id", "=", passkeyId)
        .executeTakeFirstOrThrow();
    const readUser = () =>
      server.context.db
        .selectFrom("users")
        .selectAll()
        .where("id", "=", userId)
        .executeTakeFirstOrThrow();

    beforeAll(async () => {
      server = await startTestServer(dialect);
      await setPolicy(server, "deviceLogin", { mode: "on" });
      const user = await createTestUser(server);
      userId = user.id;
      const jar = new CookieJar();
      expect((await signIn(server, jar, user)).statusCode).toBe(200);
      const options = await callApi(server, jar, "POST", "/api/device-login/registration/options");
      const registered = await callApi(
        server,
        jar,
        "POST",
        "/api/device-login/registration/verify",
        {
          response: authenticator.register({
            challenge: options.json<{ options: { challenge: string } }>().options.challenge,
            origin: testOrigin,
          }),
          name: "Written authenticator",
        },
      );
      expect(registered.statusCode).toBe(200);
      passkeyId = (
        await server.context.db
          .selectFrom("passkeys")
          .select("id")
          .where("user_id", "=", userId)
          .executeTakeFirstOrThrow()
      ).id;
    });
    afterAll(() => server.close());

    it("two verifies of one challenge at once open exactly one session", async () => {
      for (let round = 0; round < 5; round += 1) {
        const before = await sessionsOfUser();
        const assertion = authenticator.assert({
          challenge: await challenge(),
          origin: testOrigin,
        });
        const jars = [new CookieJar(), new CookieJar()];
        const answers = await Promise.all(
          jars.map((jar) =>
            callApi(server, jar, "POST", "/api/device-login/verify", { response: assertion }),
          ),
        );
        expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 400]);
        expect(jars.filter((jar) => jar.get("gh_session") !== undefined)).toHaveLength(1);
        expect(await sessionsOfUser()).toBe(before + 1);
      }
    });

    it("a counter another request moved first writes nothing and says so", async () => {
      const passkey = await readPasskey();
      const before = await sessionsOfUser();
      const stale = { ...passkey, counter: passkey.counter - 1 };
      const written = await writePasskeySignIn(server.context.db, writesFor(stale));
      expect(written).toBe("spent");
      expect(await readPasskey()).toEqual(passkey);
      expect(await sessionsOfUser()).toBe(before);
    });

    it("an account locked by a concurrent failure gets no session, though its counter moves", async () => {
      const passkey = await readPasskey();
      const before = await sessionsOfUser();
      const lockedAt = server.clock.now();
      await server.context.db
        .updateTable("users")
        .set({ failed_attempts: 5, locked_at: lockedAt, locked_until: null })
        .set({ lock_reason: "failed_attempts" })
        .where("id", "=", userId)
        .execute();
      try {
        const writes = writesFor(passkey);
        expect(await writePasskeySignIn(server.context.db, writes)).toBe("locked");
        expect((await readPasskey()).counter).toBe(writes.newCounter);
        expect(await sessionsOfUser()).toBe(before);
        const audited = await server.context.db
          .selectFrom("audit_events")
          .select("id")
          .where("id", "=", writes.audit.id)
          .execute();
        expect(audited).toEqual([]);
        expect((await readUser()).locked_at).toBe(lockedAt);
      } finally {
        await server.context.db
          .updateTable("users")
          .set({ failed_attempts: 0, locked_at: null, locked_until: null, lock_reason: null })
          .where("id", "=", userId)
          .execute();
      }
    });

    it("a sign-in clears the failure count and queues its audit line for the webhooks that want it", async () => {
      const now = server.clock.now();
      const subscriptions = {
        every: ["*"],
        signIns: ["sign_in.failed", "sign_in.succeeded"],
        otherEvents: ["password.changed"],
        removed: ["*"],
        // Not a list: eventsOf (server/audit/webhook-subscriptions.ts) reads it as no event.
        notAList: { "sign_in.succeeded": true },
      };
      const ids = Object.fromEntries(
        Object.keys(subscriptions).map((name) => [name, `wh_${randomUUID()}`]),
      );
      await server.context.db.deleteFrom("webhook_subscriptions").execute();
      for (const [name, events] of Object.entries(subscriptions)) {
        await server.context.db
          .insertInto("webhook_subscriptions")
          .values({
            id: ids[name] ?? "",
            url: "https://hooks.example/audit",
            events: JSON.stringify(events),
            secret_sealed: "sealed",
            created_at: now,
            removed_at: name === "removed" ? now : null,
            paused_at: now, // the deliveries wait in the outbox, where the test reads them
          })
          .execute();
      }
      // An earlier delivery of the "every" subscription: the new one is numbered after it.
      await server.context.db
        .insertInto("webhook_deliveries")
        .values({
          id: `msg_earlier_${ids.every}`,
          subscription_id: ids.every ?? "",
          event_type: "user.updated",
          payload: "{}",
          created_at: now - 1000,
          sequence: 41,
          attempts: 0,
          next_attempt_at: now - 1000,
          delivered_at: null,
          failed_at: null,
          last_error: null,
        })
        .execute();
      await server.context.db
        .updateTable("users")
        .set({ failed_attempts: 3 })
        .where("id", "=", userId)
        .execute();
      const writes = writesFor(await readPasskey());
      try {
        expect(await writePasskeySignIn(server.context.db, writes)).toBe("signed_in");
        const stored = await server.context.db
          .selectFrom("audit_events")
          .selectAll()
          .where("id", "=", writes.audit.id)
          .executeTakeFirstOrThrow();
        expect(stored).toEqual(writes.audit);
        const session = await server.context.db
          .selectFrom("sessions")
          .selectAll()
          .where("id", "=", writes.session.id)
          .executeTakeFirstOrThrow();
        expect(session).toEqual(writes.session);
        expect((await readUser()).failed_attempts).toBe(0);
        const deliveries = await server.context.db
          .selectFrom("webhook_deliveries")
          .selectAll()
          .where("event_type", "=", "sign_in.succeeded")
          .orderBy("subscription_id")
          .execute();
        const expected = [
          { subscription: ids.every ?? "", sequence: 42 },
          { subscription: ids.signIns ?? "", sequence: 1 },
        ].sort((left, right) => left.subscription.localeCompare(right.subscription));
        expect(deliveries).toEqual(
          expected.map(({ subscription, sequence }) => ({
            id: `msg_${writes.audit.id}_${subscription}`,
            subscription_id: subscription,
            event_type: "sign_in.succeeded",
            payload: webhookPayloadOf(writes.audit),
            created_at: writes.audit.at,
            sequence,
            attempts: 0,
            next_attempt_at: writes.audit.at,
            delivered_at: null,
            failed_at: null,
            last_error: null,
          })),
        );
      } finally {
        await server.context.db.deleteFrom("webhook_deliveries").execute();
        await server.context.db.deleteFrom("webhook_subscriptions").execute();
      }
    });

    /** What the sign-in would write for this passkey as read, with the next counter. */
    function writesFor(passkey: Awaited<ReturnType<typeof readPasskey>>) {
      const now = server.clock.now();
      const origin = { ip: "203.0.113.9", userAgent: "Written/1.0" };
      const { session } = newSession(server.context, userId, origin, {
        policy: defaultPolicies.session,
      });
      const audit = auditEventOf({
        event: "sign_in.succeeded",
        at: now,
        actorId: userId,
        targetId: userId,
        targetEmail: "written@example.com",
        origin,
        details: { portal: "user", method: "passkey" },
      });
      return { passkey, newCounter: passkey.counter + 7, now, session, audit };
    }
  });
}
