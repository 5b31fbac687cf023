// Audit webhooks when the delivering instance really dies (issue 21): `gatehouse` runs as its own
// process on PostgreSQL, the receiver (a real local HTTP server) holds the first delivery open,
// the test kills the process with SIGKILL, and a second process delivers what is left. The
// receiver keeps the webhook-ids it has seen: it ends up with every event exactly once, in the
// order recorded, each signed. (On SQLite the delivery lease of a crashed holder lapses only
// after 10 minutes — storage/job-lock.ts — and several instances share PostgreSQL anyway.)
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { afterEach, describe, expect, it } from "vitest";
import { subscribeWebhook } from "../../server/admin/webhook-admin.ts";
import { recordAuditEvent } from "../../server/audit/audit-log.ts";
import { systemRandom } from "../../server/lib/clock.ts";
import { openMigratedDatabase, type OpenMigratedDatabase } from "../fixtures/migrated-database.ts";
import { startServerProcess } from "../fixtures/shutdown.ts";

const key = Buffer.alloc(32, 7);
const processTimeout = 120_000; // two server processes start and a delivery pass runs every 5 s

type Arrival = { id: string; eventId: string; verified: boolean };

/** Records every request; the first one is held open until the test lets the socket go. */
function holdingReceiver(secret: () => string) {
  const arrivals: Arrival[] = [];
  const processed = new Map<string, Arrival>(); // by webhook-id: a repeat is dropped
  let held: ServerResponse | undefined;
  let onArrival: (() => void) | undefined;
  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      let verified = true;
      try {
        new Webhook(secret()).verify(body, request.headers as Record<string, string>);
      } catch {
        verified = false;
      }
      const arrival = {
        id: String(request.headers["webhook-id"]),
        eventId: (JSON.parse(body) as { data: { id: string } }).data.id,
        verified,
      };
      arrivals.push(arrival);
      if (held === undefined && arrivals.length === 1) {
        held = response; // never answered: the sender dies waiting
      } else {
        if (!processed.has(arrival.id)) {
          processed.set(arrival.id, arrival);
        }
        response.writeHead(204).end();
      }
      onArrival?.();
    });
  });
  const until = (test: () => boolean) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (test()) {
          onArrival = undefined;
          resolve();
        }
      };
      onArrival = check;
      check();
    });
  return { server, arrivals, processed, until };
}

describe("audit webhooks across a real crash (postgres)", () => {
  let database: OpenMigratedDatabase | undefined;
  let receiver: Server | undefined;
  afterEach(async () => {
    receiver?.closeAllConnections();
    await new Promise((resolve) => (receiver ? receiver.close(resolve) : resolve(undefined)));
    await database?.close();
  });

  it(
    "a SIGKILL mid-delivery loses nothing: the next instance resends, in order, same ids",
    async () => {
      database = await openMigratedDatabase("postgres");
      const { db, config } = database;
      const url = config.dialect === "postgres" ? config.url : "";
      let secret = "";
      const hook = holdingReceiver(() => secret);
      receiver = hook.server;
      await new Promise<void>((resolve) => hook.server.listen(0, "127.0.0.1", resolve));
      const target = `http://127.0.0.1:${(hook.server.address() as AddressInfo).port}/hook`;
      const created = await subscribeWebhook(
        { db, now: Date.now(), actorId: "cli" },
        systemRandom,
        {
          url: target,
          events: ["user.created"],
          key,
          production: false,
        },
      );
      if (!created.ok) {
        throw new Error(created.reason);
      }
      secret = created.secret;
      const start = Date.now() - 1_000;
      const events: string[] = [];
      for (let index = 0; index < 3; index += 1) {
        events.push(
          await recordAuditEvent(db, {
            event: "user.created",
            at: start + index,
            targetEmail: `person${index}@example.com`,
          }),
        );
      }

      const options = { databaseUrl: url, secretKey: key.toString("base64"), drainSeconds: 0 };
      const first = await startServerProcess(options);
      await hook.until(() => hook.arrivals.length === 1); // held open by the receiver
      first.process.kill("SIGKILL");
      expect(await first.exited).toBeNull(); // killed by the signal, not a clean exit
      const pending = await db
        .selectFrom("webhook_deliveries")
        .select(["id", "delivered_at", "attempts"])
        .where("delivered_at", "is", null)
        .execute();
      expect(pending).toHaveLength(3); // the cut-off delivery was never recorded as sent

      const second = await startServerProcess(options);
      try {
        await hook.until(() => hook.processed.size === 3);
      } finally {
        second.process.kill("SIGTERM");
        await second.exited;
      }

      const processed = [...hook.processed.values()];
      expect(processed.map((arrival) => arrival.eventId)).toEqual(events);
      expect(hook.arrivals[0]?.id).toBe(processed[0]?.id); // resent with the same webhook-id
      expect(hook.arrivals.map((arrival) => arrival.eventId)).toEqual([events[0], ...events]);
      expect(hook.arrivals.every((arrival) => arrival.verified)).toBe(true);
    },
    processTimeout,
  );
});
