// Draining (docs/admin.md, "Draining"): /readyz turns 503 at once while every other request is
// still answered, for as long as the load balancer needs to notice; then new connections are
// refused, requests in flight finish, and a request that arrives on a busy keep-alive connection
// meanwhile gets our coded 503 with Connection: close. A second SIGTERM exits at once.
import { connect } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../server/config/config.ts";
import { startServer, type RunningServer } from "../../server/server.ts";
import { createTestDatabase, type TestDatabase } from "../fixtures/databases.ts";
import { rawRequest } from "../fixtures/raw-http.ts";
import { lockLoginFlows, logWatcher, startServerProcess } from "../fixtures/shutdown.ts";
import { testOrigin } from "../fixtures/test-server.ts";

const secretKey = Buffer.alloc(32, 7).toString("base64");

// A test that starts `gatehouse` as its own process waits for it to load and listen, which on a
// busy machine takes longer than a test's default budget.
const processTimeout = 60_000;

async function startOn(database: TestDatabase, log: ReturnType<typeof logWatcher>) {
  const running: RunningServer = await startServer(
    {
      ...loadConfig({
        GATEHOUSE_PUBLIC_URL: testOrigin,
        GATEHOUSE_LOG_LEVEL: "info",
        GATEHOUSE_SECRET_KEY: secretKey,
      }),
      host: "127.0.0.1",
      port: 0,
      database: database.config,
    },
    { logStream: { write: log.write } },
  );
  return { running, port: (running.app.server.address() as { port: number }).port };
}

const identifyBody = (email: string) => JSON.stringify({ email });

/** Two requests written back to back on one connection; resolves with everything read. */
function pipelined(port: number, first: string, second: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let received = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => (received += chunk));
    socket.on("end", () => resolve(received));
    socket.on("error", reject);
    socket.write(first + second);
  });
}

function httpRequest(method: string, path: string, body?: string): string {
  const headers = [`${method} ${path} HTTP/1.1`, "Host: 127.0.0.1", `Origin: ${testOrigin}`];
  if (body !== undefined) {
    headers.push("Content-Type: application/json", `Content-Length: ${Buffer.byteLength(body)}`);
  }
  return `${headers.join("\r\n")}\r\n\r\n${body ?? ""}`;
}

describe("draining on PostgreSQL", () => {
  let database: TestDatabase | undefined;
  afterEach(() => database?.drop());

  it("says not ready at once, serves everything else during the grace, then refuses connections", async () => {
    database = await createTestDatabase("postgres");
    const log = logWatcher();
    const { running, port } = await startOn(database, log);
    let endGrace = () => undefined as void;
    const drained = running.drain(
      60_000,
      () => new Promise<void>((resolve) => (endGrace = resolve)),
    );

    const ready = await rawRequest(port, { method: "GET", path: "/readyz" });
    expect(ready.status).toBe(503);
    expect(JSON.parse(ready.body)).toMatchObject({ code: "NOT_READY" });
    expect((await rawRequest(port, { method: "GET", path: "/healthz" })).status).toBe(200);
    const signIn = await rawRequest(port, {
      method: "POST",
      path: "/api/auth/identify",
      headers: { origin: testOrigin, "content-type": "application/json" },
      body: identifyBody("during-grace@example.com"),
    });
    expect(signIn.status).toBe(200);

    endGrace();
    await drained;
    await expect(rawRequest(port, { method: "GET", path: "/healthz" })).rejects.toMatchObject({
      code: "ECONNREFUSED",
    });
  });

  it("answers a request waiting on a busy keep-alive connection with our coded 503", async () => {
    database = await createTestDatabase("postgres");
    const url = database.config.dialect === "postgres" ? database.config.url : "";
    const log = logWatcher();
    const { running, port } = await startOn(database, log);
    const lock = await lockLoginFlows(url);
    const answers = pipelined(
      port,
      httpRequest("POST", "/api/auth/identify", identifyBody("busy@example.com")),
      httpRequest("GET", "/healthz"),
    );
    await log.next((line) => line.includes('"/api/auth/identify"'));
    const closed = running.close();
    await log.next((line) => line.includes("finishing requests in flight before closing"));
    await lock.query("commit");
    await lock.end();
    await closed;

    const [first = "", second = ""] = (await answers).split(/(?=HTTP\/1\.1 )/);
    expect(first).toMatch(/^HTTP\/1\.1 200 /);
    expect(second).toMatch(/^HTTP\/1\.1 503 /);
    expect(second).toMatch(/\r\nconnection: close\r\n/i);
    expect(JSON.parse(second.slice(second.indexOf("\r\n\r\n") + 4))).toMatchObject({
      code: "SERVICE_UNAVAILABLE",
    });
  });

  it(
    "a second SIGTERM while draining exits at once, without waiting out the grace",
    async () => {
      database = await createTestDatabase("postgres");
      const url = database.config.dialect === "postgres" ? database.config.url : "";
      const started = await startServerProcess({ databaseUrl: url, secretKey, drainSeconds: 300 });
      const { process: server, log, exited } = started;

      server.kill("SIGTERM");
      await log.next((line) => line.includes("draining: /readyz answers 503"));
      server.kill("SIGTERM");
      expect(await exited).toBe(1);
      expect(log.lines.join("\n")).toContain("second signal: exiting without finishing requests");
    },
    processTimeout,
  );
});
