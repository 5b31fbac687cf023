// `gatehouse-admin webhook …` (issue 21): subscribe with the secret shown once, list, queue a
// test event into the outbox, read the delivery log, remove; bad URLs and event names refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAdminCommand } from "../../server/admin/cli/commands.ts";
import { UsageError } from "../../server/admin/cli/io.ts";
import { startTestServer, type TestServer } from "../fixtures/test-server.ts";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function admin(argv: string[], mode: "production" | "development" = "development") {
  const lines: string[] = [];
  await runAdminCommand(argv, {
    db: server.context.db,
    stdin: () => Promise.resolve(""),
    print: (line) => lines.push(line),
    config: { mode, secretKey: Buffer.alloc(32, 7) },
  });
  return lines;
}

describe("webhook on the admin CLI", () => {
  it("subscribes, lists, queues a test event, shows the delivery log and removes", async () => {
    const created = await admin([
      "webhook",
      "create",
      "--url",
      "http://localhost:9/hook",
      "--events",
      "webhook.test,user.created",
    ]);
    const id = /^Webhook (\S+) sends/.exec(created[0] ?? "")?.[1] ?? "";
    expect(created[1]).toMatch(/^Signing secret \(shown once; .*\): whsec_[A-Za-z0-9+/]{32}$/);
    const stored = await server.context.db
      .selectFrom("webhook_subscriptions")
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(stored.secret_sealed).not.toContain(created[1]?.split(": ")[1] ?? "whsec_");

    expect(await admin(["webhook", "list"])).toEqual([
      `${id}\thttp://localhost:9/hook\twebhook.test,user.created`,
    ]);
    await admin(["webhook", "test"]);
    const log = await admin(["webhook", "deliveries", id]);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatch(/\twebhook\.test\tpending, next try .*\t0 attempts\t$/);

    await admin(["webhook", "remove", id]);
    expect(await admin(["webhook", "list"])).toEqual(["No webhooks are set up."]);
    await expect(admin(["webhook", "remove", id])).rejects.toThrow(UsageError);
  });

  it("refuses plain http beyond this machine, http in production, and unknown events", async () => {
    const refusals: [string[], "production" | "development", RegExp][] = [
      [
        ["--url", "http://siem.example.com/hook"],
        "development",
        /https:\/\/ URL, or http:\/\/localhost/,
      ],
      [["--url", "http://localhost:9/hook"], "production", /must be an https:\/\/ URL\.$/],
      [
        ["--url", "https://siem.example.com", "--events", "user.createdd"],
        "development",
        /Unknown audit event user\.createdd/,
      ],
      [[], "development", /is not a URL/],
    ];
    for (const [options, mode, message] of refusals) {
      await expect(admin(["webhook", "create", ...options], mode)).rejects.toThrow(message);
    }
    expect(await admin(["webhook", "list"])).toEqual(["No webhooks are set up."]);
  });
});
