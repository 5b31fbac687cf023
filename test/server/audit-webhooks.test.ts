// Audit webhooks (issue 21): a real local receiver verifies every delivery with the Standard
// Webhooks reference library, and gets each event once, in order, after it failed and recovered,
// and after the instance delivering was cut off mid-delivery; only one instance delivers at a time.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { subscribeWebhook } from "../../server/admin/webhook-admin.ts";
import { recordAuditEvent } from "../../server/audit/audit-log.ts";
import { deliverWebhooks, sendOverHttp } from "../../server/audit/webhook-delivery.ts";
import { dialects } from "../fixtures/databases.ts";
import { startTestServer, type TestServer } from "../fixtures/test-server.ts";

const key = Buffer.alloc(32, 7); // the test servers' GATEHOUSE_SECRET_KEY

type Received = { id: string; type: string; eventId: string };

/** A webhook receiver on a real socket: answers 500 while `failing` > 0, verifies the rest. */
class Receiver {
  readonly accepted: Received[] = [];
  readonly refused: string[] = [];
  failing = 0;
  verifier: Webhook | undefined;
  private server: Server | undefined;

  private readonly now: () => number;

  constructor(now: () => number) {
    this.now = now;
  }

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        const body = Buffer.concat(chunks).toString("utf8");
        if (this.failing > 0) {
          this.failing -= 1;
          response.writeHead(500).end();
          return;
        }
        vi.setSystemTime(this.now());
        try {
          const message = this.verifier?.verify(
            body,
            request.headers as Record<string, string>,
          ) as {
            type: string;
            data: { id: string };
          };
          this.accepted.push({
            id: String(request.headers["webhook-id"]),
            type: message.type,
            eventId: message.data.id,
          });
          response.writeHead(204).end();
        } catch (error) {
          this.refused.push(error instanceof Error ? error.message : "refused");
          response.writeHead(400).end();
        }
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}/hook`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server?.close(() => resolve()));
  }
}

beforeAll(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
});
afterAll(() => {
  vi.useRealTimers();
});

for (const dialect of dialects) {
  describe(`audit webhooks (${dialect})`, () => {
    let first: TestServer;
    let second: TestServer;
    let receiver: Receiver;
    let url: string;

    beforeAll(async () => {
      first = await startTestServer(dialect, { config: { mode: "development" } });
      second = await startTestServer(dialect, {
        sharedDatabase: first.database,
        clock: first.clock,
        config: { mode: "development" },
      });
      receiver = new Receiver(() => first.clock.now());
      url = await receiver.start();
    });
    afterAll(async () => {
      await receiver.stop();
      await second.close();
      await first.close();
    });
    afterEach(async () => {
      await first.context.db.deleteFrom("webhook_deliveries").execute();
      await first.context.db.deleteFrom("webhook_subscriptions").execute();
      receiver.accepted.length = 0;
      receiver.refused.length = 0;
    });

    const actor = () => ({ db: first.context.db, now: first.clock.now(), actorId: "cli" });
    const deliver = (server: TestServer, send = sendOverHttp) =>
      deliverWebhooks({ db: server.context.db, clock: server.clock, key, send });

    async function subscribe(events: string[]) {
      const created = await subscribeWebhook(actor(), first.context.random, {
        url,
        events,
        key,
        production: false,
      });
      if (!created.ok) {
        throw new Error(created.reason);
      }
      receiver.verifier = new Webhook(created.secret);
      return created;
    }

    async function userCreated(count: number): Promise<string[]> {
      for (let index = 0; index < count; index += 1) {
        first.clock.advance(1);
        await recordAuditEvent(first.context.db, {
          event: "user.created",
          at: first.clock.now(),
          targetEmail: `person${index}@example.com`,
        });
      }
      const rows = await first.context.db
        .selectFrom("audit_events")
        .select("id")
        .where("event", "=", "user.created")
        .orderBy("at", "desc")
        .limit(count)
        .execute();
      return rows.map((row) => row.id).reverse();
    }

    it("a receiver that fails and recovers gets each event once, in order, signed", async () => {
      await subscribe(["user.created"]);
      await recordAuditEvent(first.context.db, { event: "sign_in.failed", at: first.clock.now() });
      const events = await userCreated(3);
      receiver.failing = 2;

      await deliver(first);
      expect(receiver.accepted).toEqual([]); // failed once; the rest wait behind it, in order
      await deliver(first);
      expect(receiver.accepted).toEqual([]); // the retry is not due yet
      first.clock.advance(5_000);
      await deliver(second);
      expect(receiver.accepted).toEqual([]); // failed again: next retry in 5 minutes
      first.clock.advance(300_000);
      await deliver(first);
      await deliver(second);

      expect(receiver.accepted.map((message) => message.eventId)).toEqual(events);
      expect(new Set(receiver.accepted.map((message) => message.id)).size).toBe(3);
      expect(receiver.accepted.every((message) => message.type === "audit.user.created")).toBe(
        true,
      );
      expect(receiver.refused).toEqual([]);
    });

    it("events recorded in the same millisecond arrive in the order they were recorded", async () => {
      await subscribe(["user.created", "user.disabled", "user.enabled", "user.updated"]);
      const at = first.clock.now(); // the clock stands still: every event has the same time
      const recorded: string[] = [];
      for (let index = 0; index < 12; index += 1) {
        recorded.push(
          await recordAuditEvent(first.context.db, {
            event: index % 2 === 0 ? "user.created" : "user.disabled",
            at,
            targetEmail: `same-ms${index}@example.com`,
          }),
        );
      }
      await first.context.db.transaction().execute(async (trx) => {
        for (const event of ["user.enabled", "user.updated"] as const) {
          recorded.push(await recordAuditEvent(trx, { event, at }));
        }
      });
      await deliver(second);
      expect(receiver.accepted.map((message) => message.eventId)).toEqual(recorded);
    });

    it("a delivery cut off mid-way is sent again with the same id, by another instance", async () => {
      await subscribe(["user.created"]);
      const [event] = await userCreated(1);
      // The first instance sends, the receiver takes it, and the instance dies before recording it.
      const cutOff = async (...request: Parameters<typeof sendOverHttp>) => {
        await sendOverHttp(...request);
        throw new Error("instance killed");
      };
      await expect(deliver(first, cutOff)).resolves.toBe(true);
      first.clock.advance(5_000);
      await deliver(second);
      await deliver(second);
      const ids = receiver.accepted.map((message) => message.id);
      expect(receiver.accepted.map((message) => message.eventId)).toEqual([event, event]);
      // At least once, with one webhook-id: a receiver that keeps ids sees the event exactly once.
      expect(new Set(ids).size).toBe(1);
    });

    it("one instance delivers at a time: the other skips the pass it finds taken", async () => {
      await subscribe(["user.created"]);
      await userCreated(1);
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let entered: () => void = () => undefined;
      const sending = new Promise<void>((resolve) => {
        entered = resolve;
      });
      const slow = async (...request: Parameters<typeof sendOverHttp>) => {
        entered();
        await held;
        return sendOverHttp(...request);
      };
      const running = deliver(first, slow);
      await sending; // the first instance holds the job and is mid-delivery
      try {
        expect(await deliver(second)).toBe(false);
        expect(receiver.accepted).toEqual([]);
      } finally {
        release();
      }
      await expect(running).resolves.toBe(true);
      expect(receiver.accepted).toHaveLength(1);
    });

    it("a delivery replayed outside the 5-minute window is refused by the receiver", async () => {
      const created = await subscribe(["user.created"]);
      await userCreated(1);
      const replay: typeof sendOverHttp = async (target, headers, body) => {
        first.clock.advance(301_000); // the receiver checks the signed time against its own
        return sendOverHttp(target, headers, body);
      };
      await deliver(first, replay);
      expect(receiver.accepted).toEqual([]);
      expect(receiver.refused).toEqual(["Message timestamp too old"]);
      expect(created.secret).toMatch(/^whsec_/);
    });

    it("takes https targets, and http only on this machine outside production", async () => {
      const attempts: [string, boolean, boolean][] = [
        ["https://siem.example.com/hook", true, true],
        ["http://localhost:9000/hook", false, true],
        ["http://localhost:9000/hook", true, false],
        ["http://siem.example.com/hook", false, false],
        ["https://user:pass@siem.example.com/hook", true, false],
        ["ftp://siem.example.com/", false, false],
        ["not a url", false, false],
      ];
      for (const [target, production, accepted] of attempts) {
        const created = await subscribeWebhook(actor(), first.context.random, {
          url: target,
          events: ["*"],
          key,
          production,
        });
        expect({ target, production, ok: created.ok }).toEqual({
          target,
          production,
          ok: accepted,
        });
      }
    });
  });
}
