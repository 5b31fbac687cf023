// A start (docs/admin.md, "Start-up"): /readyz answers as soon as startServer resolves, the
// phases are logged at debug level, the background warm-up compiles every route schema once
// /readyz has first said ready (or its fallback fires where nothing asks), and the `gatehouse`
// command keeps Node's compile cache where NODE_COMPILE_CACHE says (or none at all).
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../server/config/config.ts";
import { startServer } from "../../server/server.ts";
import { createTestDatabase, dialects, type TestDatabase } from "../fixtures/databases.ts";
import { logWatcher, watchProcessLog } from "../fixtures/shutdown.ts";
import { testOrigin } from "../fixtures/test-server.ts";

const secretKey = Buffer.alloc(32, 7).toString("base64");
// A process start loads every module, then warms up; on a busy machine that takes long.
const processTimeout = 120_000;

type StartedLine = {
  sinceProcessStartMs: number;
  phasesMs: Record<string, number>;
  compileCacheDirectory: string | null;
};

/** A server on a free port of 127.0.0.1 over `database`, logging at debug level. */
function debugConfig(database: TestDatabase) {
  return {
    ...loadConfig({
      GATEHOUSE_PUBLIC_URL: testOrigin,
      GATEHOUSE_LOG_LEVEL: "debug",
      GATEHOUSE_SECRET_KEY: secretKey,
    }),
    host: "127.0.0.1",
    port: 0,
    database: database.config,
  };
}

function startedLine(line: string): StartedLine {
  return JSON.parse(line) as StartedLine;
}

for (const dialect of dialects) {
  describe(`a server start (${dialect})`, () => {
    let database: TestDatabase | undefined;
    afterEach(() => database?.drop());

    it("is ready when it resolves, logs its phases, then compiles every schema in the background", async () => {
      database = await createTestDatabase(dialect);
      const log = logWatcher();
      const running = await startServer(debugConfig(database), { logStream: { write: log.write } });
      try {
        const { port } = running.app.server.address() as { port: number };
        const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
        expect(ready.status).toBe(200);
        const started = startedLine(await log.next((line) => line.includes('"msg":"started"')));
        expect(Object.keys(started.phasesMs)).toEqual([
          "loadModules",
          "migrateDatabase",
          "buildApp",
          "listen",
        ]);
        for (const milliseconds of Object.values(started.phasesMs)) {
          expect(milliseconds).toBeGreaterThanOrEqual(0);
        }
        expect(started.sinceProcessStartMs).toBeGreaterThanOrEqual(started.phasesMs.listen ?? 0);
        await log.next((line) => line.includes('"msg":"warmed up"'));
        expect(running.app.schemaCompilation.pendingCount()).toBe(0);
        expect(log.lines.join("\n")).not.toMatch(/"level":50/);
      } finally {
        await running.close();
      }
    });

    /** A server whose warm-up fallback fires only when the test says. */
    async function startWithHeldFallback() {
      database = await createTestDatabase(dialect);
      const log = logWatcher();
      const fallback = { fire: () => {}, cancelled: false };
      const running = await startServer(debugConfig(database), {
        logStream: { write: log.write },
        warmUpFallback: (start) => {
          fallback.fire = start;
          return () => {
            fallback.cancelled = true;
          };
        },
      });
      const { port } = running.app.server.address() as { port: number };
      return { running, log, fallback, origin: `http://127.0.0.1:${port}` };
    }

    it("warms up after its first ready answer, not before, and drops the fallback", async () => {
      const { running, log, fallback, origin } = await startWithHeldFallback();
      try {
        const pending = running.app.schemaCompilation.pendingCount();
        expect(pending).toBeGreaterThan(0);
        // A round trip through the event loop that compiles no schema (no route matches).
        expect((await fetch(`${origin}/api/no-such-route`)).status).toBe(404);
        expect(running.app.schemaCompilation.pendingCount()).toBe(pending);
        expect(log.lines.join("\n")).not.toContain('"msg":"warmed up"');
        expect(fallback.cancelled).toBe(false);

        expect((await fetch(`${origin}/readyz`)).status).toBe(200);
        await log.next((line) => line.includes('"msg":"warmed up"'));
        expect(running.app.schemaCompilation.pendingCount()).toBe(0);
        expect(fallback.cancelled).toBe(true);
      } finally {
        await running.close();
      }
    });

    it("warms up when the fallback fires where nothing checks readiness", async () => {
      const { running, log, fallback } = await startWithHeldFallback();
      try {
        expect(running.app.schemaCompilation.pendingCount()).toBeGreaterThan(0);
        fallback.fire();
        await log.next((line) => line.includes('"msg":"warmed up"'));
        expect(running.app.schemaCompilation.pendingCount()).toBe(0);
      } finally {
        await running.close();
      }
    });
  });
}

describe("the gatehouse command's compile cache", () => {
  const directories: string[] = [];
  afterEach(() => {
    for (const directory of directories.splice(0)) {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  async function startCommand(environment: NodeJS.ProcessEnv) {
    const directory = mkdtempSync(path.join(tmpdir(), "gatehouse-start-up-"));
    directories.push(directory);
    const log = logWatcher();
    // Vitest may run with the cache turned off; each test says what it wants.
    const inherited = { ...process.env };
    delete inherited.NODE_COMPILE_CACHE;
    delete inherited.NODE_DISABLE_COMPILE_CACHE;
    const child = spawn(process.execPath, ["server/cli.ts"], {
      env: {
        ...inherited,
        ...environment,
        GATEHOUSE_DATABASE_URL: `sqlite:${path.join(directory, "gatehouse.db")}`,
        GATEHOUSE_HOST: "127.0.0.1",
        GATEHOUSE_PORT: "0",
        GATEHOUSE_PUBLIC_URL: testOrigin,
        GATEHOUSE_SECRET_KEY: secretKey,
        GATEHOUSE_LOG_LEVEL: "debug",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    watchProcessLog(child, log);
    const exited = new Promise((resolve) => child.once("exit", resolve));
    const started = startedLine(await log.next((line) => line.includes('"msg":"started"')));
    await log.next((line) => line.includes('"msg":"warmed up"'));
    child.kill("SIGINT");
    await exited;
    return { directory, started };
  }

  it(
    "is written where NODE_COMPILE_CACHE says once the start has warmed up",
    async () => {
      const cache = mkdtempSync(path.join(tmpdir(), "gatehouse-compile-cache-"));
      directories.push(cache);
      const { started } = await startCommand({ NODE_COMPILE_CACHE: cache });
      expect(started.compileCacheDirectory?.startsWith(cache)).toBe(true);
      const cached = readdirSync(started.compileCacheDirectory ?? cache);
      expect(cached.length).toBeGreaterThan(100);
    },
    processTimeout,
  );

  it(
    "is off with NODE_DISABLE_COMPILE_CACHE, and the server starts the same",
    async () => {
      const { started } = await startCommand({ NODE_DISABLE_COMPILE_CACHE: "1" });
      expect(started.compileCacheDirectory).toBeNull();
      expect(started.phasesMs.listen).toBeGreaterThanOrEqual(0);
    },
    processTimeout,
  );
});
