// /api/admin/webhooks (issue 21): an admin subscribes a URL (secret shown once), sends a test
// event, and reads the delivery log as the outbox delivers it to a real local receiver.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverWebhooks } from "../../server/audit/webhook-delivery.ts";
import type { CreatedWebhook, WebhookDeliveryList } from "../../server/schemas/webhooks.ts";
import {
  callApi,
  CookieJar,
  createTestUser,
  signIn,
  startTestServer,
  type TestServer,
} from "../fixtures/test-server.ts";

let server: TestServer;
let receiver: Server;
let url: string;
const received: string[] = [];
const admin = new CookieJar();

beforeAll(async () => {
  server = await startTestServer("sqlite", { config: { mode: "development" } });
  await signIn(server, admin, await createTestUser(server, { role: "admin" }));
  receiver = createServer((request, response) => {
    received.push(String(request.headers["webhook-id"]));
    request.resume();
    response.writeHead(200).end();
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
});
afterAll(async () => {
  await new Promise((resolve) => receiver.close(resolve));
  await server.close();
});

describe("/api/admin/webhooks", () => {
  it("subscribes, sends a test event, shows its delivery, and removes", async () => {
    const created = await callApi(server, admin, "POST", "/api/admin/webhooks", {
      url,
      events: ["webhook.test"],
    });
    expect(created.statusCode).toBe(200);
    const { webhook, secret } = created.json<CreatedWebhook>();
    expect(secret).toMatch(/^whsec_/);
    const listed = await callApi(server, admin, "GET", "/api/admin/webhooks");
    expect(listed.json()).toEqual({ webhooks: [webhook] });
    expect(listed.body).not.toContain(secret);

    expect((await callApi(server, admin, "POST", "/api/admin/webhooks/test")).statusCode).toBe(204);
    const log = `/api/admin/webhooks/${webhook.id}/deliveries`;
    const pending = (await callApi(server, admin, "GET", log)).json<WebhookDeliveryList>();
    expect(pending.deliveries.map((delivery) => delivery.state)).toEqual(["pending"]);

    await deliverWebhooks({ db: server.context.db, clock: server.clock, key: Buffer.alloc(32, 7) });
    const delivered = (await callApi(server, admin, "GET", log)).json<WebhookDeliveryList>();
    expect(delivered.deliveries).toMatchObject([
      { eventType: "webhook.test", state: "delivered", attempts: 1, lastError: null },
    ]);
    expect(received).toEqual([delivered.deliveries[0]?.id]);

    const removal = `/api/admin/webhooks/${webhook.id}/remove`;
    expect((await callApi(server, admin, "POST", removal)).statusCode).toBe(204);
    expect((await callApi(server, admin, "POST", removal)).json()).toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("refuses a target that is not https or local, and unknown events, naming the field", async () => {
    const attempts: [unknown, string][] = [
      [{ url: "http://siem.example.com/hook" }, "url"],
      [{ url: "https://siem.example.com/hook", events: ["user.createdd"] }, "events"],
    ];
    for (const [body, field] of attempts) {
      const response = await callApi(server, admin, "POST", "/api/admin/webhooks", body);
      expect(response.json()).toMatchObject({ code: "VALIDATION_FAILED", field });
    }
  });
});
