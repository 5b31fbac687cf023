// Background jobs on several instances (server/plugins/background-jobs.ts): a job one instance is
// running is skipped by the others, and a run that throws is logged, not fatal.
import Fastify, { type FastifyInstance } from "fastify";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createManualClock } from "../../server/lib/clock.ts";
import {
  registerBackgroundJobs,
  type BackgroundJob,
} from "../../server/plugins/background-jobs.ts";
import { openDatabase, type Db } from "../../server/storage/database.ts";
import { migrateToLatest } from "../../server/storage/migrate.ts";
import { createTestDatabase, dialects, type TestDatabase } from "../fixtures/databases.ts";
import { logWatcher } from "../fixtures/shutdown.ts";

const anHour = 3_600_000;

function deferred(): { promise: Promise<void>; resolve(): void } {
  let resolve = () => undefined as void;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

for (const dialect of dialects) {
  describe(`background jobs on instances sharing one ${dialect} database`, () => {
    let database: TestDatabase;
    const databases: Db[] = [];
    const apps: FastifyInstance[] = [];
    const clock = createManualClock();

    beforeEach(async () => {
      database = await createTestDatabase(dialect);
    });
    afterEach(async () => {
      await Promise.all(apps.splice(0).map((app) => app.close()));
      await Promise.all(databases.splice(0).map((db) => db.destroy()));
      await database.drop();
    });

    /** An instance: its own pool on the shared database, and an app running `jobs`. */
    const startInstance = async (jobs: BackgroundJob[], log = logWatcher()) => {
      const db = openDatabase(database.config);
      databases.push(db);
      await migrateToLatest(db);
      const app = Fastify({ logger: { level: "info", stream: { write: log.write } } });
      apps.push(app);
      registerBackgroundJobs(app, { db, clock }, jobs);
      await app.ready();
      return app;
    };

    it("a job that another instance is running is skipped here", async () => {
      const release = deferred();
      const firstRuns = deferred();
      const started: string[] = [];
      const job = (instance: string): BackgroundJob => ({
        name: "sweep",
        everyMilliseconds: anHour,
        run: async () => {
          started.push(instance);
          firstRuns.resolve();
          await release.promise;
        },
      });
      await startInstance([job("first")]);
      await firstRuns.promise;
      const second = await startInstance([job("second")]);
      // Closing waits for the second instance's attempt: by then it has either run or skipped.
      await second.close();
      release.resolve();

      expect(started).toEqual(["first"]);
    });

    it("a run that throws is logged with the job's name and the instance keeps going", async () => {
      const log = logWatcher();
      const app = await startInstance(
        [
          {
            name: "oidc-payload-sweep",
            everyMilliseconds: anHour,
            run: () => Promise.reject(new Error("the sweep broke")),
          },
        ],
        log,
      );
      const failure = await log.next((line) => line.includes("background job failed"));

      expect(JSON.parse(failure)).toMatchObject({
        level: 50,
        job: "oidc-payload-sweep",
        err: { message: "the sweep broke" },
      });
      const health = await app.inject({ method: "GET", url: "/" });
      expect(health.statusCode).toBe(404); // answering requests still: no route, no crash
    });
  });
}
