// SIGTERM on PostgreSQL (issue 11 §6): the server stops accepting, finishes every request that
// reached a handler — also one whose client hung up — and only then closes the pool, so no
// request meets "driver has already been destroyed". Requests are held in flight by a table
// lock from another connection, released once the server says it is draining.
import { spawn } from "node:child_process";
import { request, type ClientRequest } from "node:http";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../server/config/config.ts";
import { startServer, type RunningServer } from "../../server/server.ts";
import { createTestDatabase, type TestDatabase } from "../fixtures/databases.ts";
import { testOrigin } from "../fixtures/test-server.ts";

const secretKey = Buffer.alloc(32, 7).toString("base64");

/** Log lines as they are written, and a way to wait for one (never a fixed sleep). */
function logWatcher() {
  const lines: string[] = [];
  const waiting: { test: (line: string) => boolean; resolve: (line: string) => void }[] = [];
  const write = (line: string) => {
    lines.push(line);
    for (const waiter of waiting.filter((entry) => entry.test(line))) {
      waiting.splice(waiting.indexOf(waiter), 1);
      waiter.resolve(line);
    }
  };
  const next = (test: (line: string) => boolean) =>
    new Promise<string>((resolve) => {
      const seen = lines.find(test);
      if (seen === undefined) {
        waiting.push({ test, resolve });
      } else {
        resolve(seen);
      }
    });
  return { lines, write, next };
}

/** A portal sign-in step, sent over a real socket; the caller may hang up at any time. */
function identify(port: number, email: string): { sent: ClientRequest; answer: Promise<number> } {
  let sent: ClientRequest | undefined;
  const answer = new Promise<number>((resolve, reject) => {
    sent = request(
      {
        host: "127.0.0.1",
        port,
        method: "POST",
        path: "/api/auth/identify",
        headers: { origin: testOrigin, "content-type": "application/json" },
      },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
      },
    );
    sent.on("error", reject);
    sent.end(JSON.stringify({ email }));
  });
  return { sent: sent as ClientRequest, answer };
}

async function lockLoginFlows(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("begin");
  await client.query("lock table login_flows in access exclusive mode");
  return client;
}

async function countLoginFlows(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ count: string }>("select count(*) from login_flows");
    return Number(result.rows[0]?.count);
  } finally {
    await client.end();
  }
}

describe("graceful shutdown on PostgreSQL", () => {
  let database: TestDatabase | undefined;
  afterEach(() => database?.drop());

  it("finishes requests in flight — even after their clients hung up — before closing the pool", async () => {
    database = await createTestDatabase("postgres");
    const url = database.config.dialect === "postgres" ? database.config.url : "";
    const log = logWatcher();
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
    const port = (running.app.server.address() as { port: number }).port;
    const lock = await lockLoginFlows(url);
    const inFlight = ["a", "b", "c"].map((name) => identify(port, `${name}@example.com`));
    for (let seen = 1; seen <= inFlight.length; seen += 1) {
      await log.next(
        () => log.lines.filter((line) => line.includes('"/api/auth/identify"')).length >= seen,
      );
    }
    for (const { sent, answer } of inFlight) {
      sent.destroy(); // the client gives up; the handler is still waiting on the database
      await answer.catch(() => undefined);
    }

    const closed = running.close();
    await log.next((line) => line.includes("finishing requests in flight before closing"));
    await lock.query("commit");
    await lock.end();
    await closed;

    expect(await countLoginFlows(url)).toBe(inFlight.length);
    expect(log.lines.join("\n")).not.toMatch(/destroyed|"level":50/);
  });

  it("on SIGTERM the server process answers the request in flight, then exits cleanly", async () => {
    database = await createTestDatabase("postgres");
    const url = database.config.dialect === "postgres" ? database.config.url : "";
    const log = logWatcher();
    const server = spawn(process.execPath, ["server/cli.ts"], {
      env: {
        ...process.env,
        GATEHOUSE_DATABASE_URL: url,
        GATEHOUSE_HOST: "127.0.0.1",
        GATEHOUSE_PORT: "0",
        GATEHOUSE_PUBLIC_URL: testOrigin,
        GATEHOUSE_SECRET_KEY: secretKey,
        GATEHOUSE_LOG_LEVEL: "info",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let buffered = "";
    server.stdout.on("data", (chunk: Buffer) => {
      buffered += chunk.toString("utf8");
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      lines.forEach(log.write);
    });
    server.stderr.on("data", (chunk: Buffer) => log.write(chunk.toString("utf8")));
    const exited = new Promise<number | null>((resolve) => server.on("exit", resolve));

    const listening = await log.next((line) => line.includes("Server listening at"));
    const port = Number(/:(\d+)"/.exec(listening)?.[1]);
    const lock = await lockLoginFlows(url);
    const { answer } = identify(port, "in-flight@example.com");
    await log.next((line) => line.includes('"/api/auth/identify"'));

    server.kill("SIGTERM");
    await log.next((line) => line.includes("finishing requests in flight before closing"));
    await lock.query("commit");
    await lock.end();

    expect(await answer).toBe(200);
    expect(await exited).toBe(0);
    expect(await countLoginFlows(url)).toBe(1);
    expect(log.lines.join("\n")).not.toMatch(/destroyed|"level":50/);
  });
});
