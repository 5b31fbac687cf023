// SIGTERM on PostgreSQL (issue 11 §6): the server stops accepting, finishes every request that
// reached a handler — also one whose client hung up — and only then closes the pool, so no
// request meets "driver has already been destroyed". Requests are held in flight by a table
// lock from another connection, released once the server says it is draining.
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../server/config/config.ts";
import { startServer, type RunningServer } from "../../server/server.ts";
import { createTestDatabase, type TestDatabase } from "../fixtures/databases.ts";
import { testOrigin } from "../fixtures/test-server.ts";
import {
  countLoginFlows,
  identify,
  lockLoginFlows,
  logWatcher,
  startServerProcess,
} from "../fixtures/shutdown.ts";

const secretKey = Buffer.alloc(32, 7).toString("base64");

// A test that starts `gatehouse` as its own process waits for it to load and listen, which on a
// busy machine takes longer than a test's default budget.
const processTimeout = 60_000;

describe("graceful shutdown on PostgreSQL", () => {
  let database: TestDatabase | undefined;
  afterEach(() => database?.drop());

  /** A server on a database of its own, logging at info level into a watcher. */
  const startOnNewDatabase = async () => {
    database = await createTestDatabase("postgres");
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
    return {
      url: database.config.dialect === "postgres" ? database.config.url : "",
      log,
      running,
      port: (running.app.server.address() as { port: number }).port,
    };
  };

  it("finishes requests in flight — even after their clients hung up — before closing the pool", async () => {
    const { url, log, running, port } = await startOnNewDatabase();
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

  it("counts each answered request out once (onSend and onResponse both see it), so close still waits for the one in flight", async () => {
    const { url, log, running, port } = await startOnNewDatabase();
    const answered = ["a", "b", "c"].map((name) => identify(port, `${name}@example.com`).answer);
    expect(await Promise.all(answered)).toEqual([200, 200, 200]);

    const lock = await lockLoginFlows(url);
    const held = identify(port, "held@example.com");
    const arrivals = () =>
      log.lines.filter(
        (line) => line.includes("incoming request") && line.includes('"/api/auth/identify"'),
      ).length;
    await log.next(() => arrivals() > answered.length);
    const closed = running.close();
    await log.next((line) => line.includes('"inFlight":1'));
    await lock.query("commit");
    await lock.end();
    await closed;

    expect(await held.answer).toBe(200);
    expect(await countLoginFlows(url)).toBe(answered.length + 1);
    expect(log.lines.join("\n")).not.toMatch(/destroyed|"level":50/);
  });

  it(
    "on SIGTERM the server process answers the request in flight, then exits cleanly",
    async () => {
      database = await createTestDatabase("postgres");
      const url = database.config.dialect === "postgres" ? database.config.url : "";
      // Draining before the close has its own tests (draining.test.ts).
      const started = await startServerProcess({ databaseUrl: url, secretKey, drainSeconds: 0 });
      const { process: server, log, port, exited } = started;
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
    },
    processTimeout,
  );
});
