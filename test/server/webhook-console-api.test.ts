// The console's webhook routes (issue 21), on both databases: pause holds events in the outbox and
// resume sends them in order, "send test event" reaches the one subscription it names whatever
// events it takes, every attempt is logged with its status or error and the retry it set, and
// what could silence the audit stream wants a recent verification.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverWebhooks } from "../../server/audit/webhook-delivery.ts";
import type {
  CreatedWebhook,
  WebhookAttemptList,
  WebhookList,
} from "../../server/schemas/webhooks.ts";
import { dialects } from "../fixtures/databases.ts";
import {
  callApi,
  CookieJar,
  createTestUser,
  signIn,
  startTestServer,
  type TestServer,
} from "../fixtures/test-server.ts";

const key = Buffer.alloc(32, 7); // the test servers' GATEHOUSE_SECRET_KEY

for (const dialect of dialects) {
  describe(`console webhook routes (${dialect})`, () => {
    let server: TestServer;
    let receiver: Server;
    let base: string;
    const received: { path: string; type: string }[] = [];
    let answers: number[] = []; // the statuses the receiver gives next; 204 once empty
    const admin = new CookieJar();

    beforeAll(async () => {
      server = await startTestServer(dialect, { config: { mode: "development" } });
      await signIn(server, admin, await createTestUser(server, { role: "admin" }));
      receiver = createServer((request, response) => {
        const chunks: Buffer[] = [];
        request.on("data", (chunk: Buffer) => chunks.push(chunk));
        request.on("end", () => {
          const status = answers.shift() ?? 204;
          if (status === 204) {
            const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { type: string };
            received.push({ path: request.url ?? "", type: body.type });
          }
          response.writeHead(status).end();
        });
      });
      await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
      base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      await new Promise((resolve) => receiver.close(resolve));
      await server.close();
    });

    const deliver = () => deliverWebhooks({ db: server.context.db, clock: server.clock, key });
    // Each call a millisecond later: a subscription's events go out in the order of their time.
    const call = (method: "GET" | "POST", path: string, body?: unknown) => {
      server.clock.advance(1);
      return callApi(server, admin, method, path, body);
    };
    async function subscribe(path: string, events: string[]) {
      const created = await call("POST", "/api/admin/webhooks", { url: base + path, events });
      expect(created.statusCode).toBe(200);
      return created.json<CreatedWebhook>().webhook;
    }

    it("pause holds events, resume sends them; a test goes to the one webhook named", async () => {
      const audit = await subscribe("/audit", ["user.created"]);
      const everything = await subscribe("/everything", ["*"]);
      expect(audit.pausedAt).toBeNull();

      expect((await call("POST", `/api/admin/webhooks/${audit.id}/pause`)).statusCode).toBe(204);
      const pausedAt = new Date(server.clock.now()).toISOString();
      expect((await call("POST", `/api/admin/webhooks/${audit.id}/pause`)).json()).toMatchObject({
        code: "NOT_FOUND",
      });
      const listed = (await call("GET", "/api/admin/webhooks")).json<WebhookList>();
      expect(listed.webhooks.find((hook) => hook.id === audit.id)?.pausedAt).toBe(pausedAt);

      // A test to the paused webhook, which does not take webhook.test events: it waits.
      expect((await call("POST", `/api/admin/webhooks/${audit.id}/test`)).statusCode).toBe(204);
      await deliver();
      expect(received.filter((entry) => entry.path === "/audit")).toEqual([]);
      // "*" got the pause's own audit event, but not the test sent to the other webhook.
      expect(received.filter((entry) => entry.path === "/everything").map((e) => e.type)).toEqual([
        "audit.webhook.created",
        "audit.webhook.paused",
      ]);

      expect((await call("POST", `/api/admin/webhooks/${audit.id}/resume`)).statusCode).toBe(204);
      await deliver();
      expect(received.filter((entry) => entry.path === "/audit")).toEqual([
        { path: "/audit", type: "audit.webhook.test" },
      ]);
      for (const id of [audit.id, everything.id]) {
        await call("POST", `/api/admin/webhooks/${id}/remove`);
      }
    });

    it("logs each attempt: the status or error, and the retry it set", async () => {
      const hook = await subscribe("/flaky", ["user.created"]);
      answers = [503];
      await call("POST", `/api/admin/webhooks/${hook.id}/test`);
      await deliver();
      server.clock.advance(5_000);
      await deliver();
      const { attempts } = (
        await call("GET", `/api/admin/webhooks/${hook.id}/attempts`)
      ).json<WebhookAttemptList>();
      const failedAt = Date.parse(attempts[1]?.attemptedAt ?? "");
      expect(attempts).toMatchObject([
        { eventType: "webhook.test", statusCode: 204, error: null, nextAttemptAt: null },
        {
          eventType: "webhook.test",
          statusCode: 503,
          error: "HTTP 503",
          nextAttemptAt: new Date(failedAt + 5_000).toISOString(),
        },
      ]);
      expect(attempts[0]?.deliveryId).toBe(attempts[1]?.deliveryId);
      expect(attempts[0]?.attemptedAt).toBe(new Date(failedAt + 5_000).toISOString());
      expect(
        (
          await call("GET", "/api/admin/webhooks/00000000-0000-4000-8000-000000000000/attempts")
        ).json<WebhookAttemptList>().attempts,
      ).toEqual([]);
      await call("POST", `/api/admin/webhooks/${hook.id}/remove`);
    });

    it("a test to an unknown or removed webhook is refused", async () => {
      const hook = await subscribe("/gone", ["*"]);
      await call("POST", `/api/admin/webhooks/${hook.id}/remove`);
      for (const id of [hook.id, "00000000-0000-4000-8000-000000000000"]) {
        expect((await call("POST", `/api/admin/webhooks/${id}/test`)).json()).toMatchObject({
          code: "NOT_FOUND",
        });
      }
    });

    it("subscribing, pausing and removing want a verification in the last 5 minutes", async () => {
      const hook = await subscribe("/late", ["*"]);
      server.clock.advance(5 * 60_000);
      const sensitive: [string, unknown][] = [
        ["/api/admin/webhooks", { url: `${base}/late`, events: ["*"] }],
        [`/api/admin/webhooks/${hook.id}/pause`, undefined],
        [`/api/admin/webhooks/${hook.id}/remove`, undefined],
        ["/api/admin/api-tokens", { name: "late", scopes: ["users:read"] }],
      ];
      for (const [path, body] of sensitive) {
        expect((await call("POST", path, body)).json()).toMatchObject({
          code: "RECENT_VERIFICATION_REQUIRED",
        });
      }
      expect((await call("POST", `/api/admin/webhooks/${hook.id}/test`)).statusCode).toBe(204);
    });
  });
}
