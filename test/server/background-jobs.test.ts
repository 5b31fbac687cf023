// Background jobs on several instances (server/plugins/background-jobs.ts): a job one instance is
// running is skipped by the others, a run that throws is logged, not fatal, at most two runs go at
// once on an instance (on PostgreSQL: two advisory locks, so two pooled connections), a run still
// going when its next turn comes skips that turn, and a run still waiting when the app closes
// never starts.
import Fastify, { type FastifyInstance } from "fastify";
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createManualClock } from "../../server/lib/clock.ts";
import {
  maxRunsAtOnce,
  registerBackgroundJobs,
  type BackgroundJob,
} from "../../server/plugins/background-jobs.ts";
import { openDatabase, type Db } from "../../server/storage/database.ts";
import { isPostgres } from "../../server/storage/dialect.ts";
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
    const startInstance = async (
      jobs: BackgroundJob[],
      log = logWatcher(),
      afterJobs?: (app: FastifyInstance) => void,
    ) => {
      const db = openDatabase(database.config);
      databases.push(db);
      await migrateToLatest(db);
      const app = Fastify({ logger: { level: "info", stream: { write: log.write } } });
      apps.push(app);
      registerBackgroundJobs(app, { db, clock }, jobs);
      afterJobs?.(app);
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
    it("runs at most two jobs at once, and every job once they finish", async () => {
      const releases = new Map<string, () => void>();
      const started: string[] = [];
      const startedNow: (() => void)[] = [];
      const nextStart = () => new Promise<void>((resolve) => startedNow.push(resolve));
      const names = ["a", "b", "c", "d", "e", "f"];
      const jobs = names.map((name): BackgroundJob => ({
        name,
        everyMilliseconds: anHour,
        run: () =>
          new Promise<void>((resolve) => {
            started.push(name);
            releases.set(name, resolve);
            startedNow.shift()?.();
          }),
      }));
      const twoStarted = Promise.all([nextStart(), nextStart()]);
      const app = await startInstance(jobs);
      await twoStarted;

      // The first two in whichever order their locks came (on PostgreSQL two connections race).
      expect([...started].sort()).toEqual(["a", "b"]);
      const db = databases[0];
      if (db !== undefined && isPostgres(db)) {
        const { rows } = await sql<{ held: string }>`
          select count(*) as held from pg_locks
          where locktype = 'advisory' and granted
            and database = (select oid from pg_database where datname = current_database())
        `.execute(db);
        expect(Number(rows[0]?.held)).toBe(maxRunsAtOnce);
      }
      for (const name of names) {
        const third = nextStart();
        releases.get(name)?.();
        if (started.length < names.length) {
          await third;
        }
      }
      await app.close();
      // Then each waiting job in turn, as a slot came free.
      expect(started.slice(2)).toEqual(["c", "d", "e", "f"]);
    });

    it("a job still running when its turn comes again skips that turn", async () => {
      vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
      try {
        const release = deferred();
        const firstRun = deferred();
        let runs = 0;
        const app = await startInstance([
          {
            name: "webhook-delivery-pass",
            everyMilliseconds: 5_000,
            run: async () => {
              runs += 1;
              firstRun.resolve();
              await release.promise;
            },
          },
        ]);
        await firstRun.promise;
        vi.advanceTimersByTime(3 * 5_000); // three turns while the first run is still going
        release.resolve();
        await app.close();

        expect(runs).toBe(1);
      } finally {
        vi.useRealTimers();
      }
    });

    it("a run still waiting for its turn when the app closes never starts", async () => {
      const release = deferred();
      const started: string[] = [];
      const twoStarted = deferred();
      const blocking = (name: string): BackgroundJob => ({
        name,
        everyMilliseconds: anHour,
        run: async () => {
          started.push(name);
          if (started.length === 2) {
            twoStarted.resolve();
          }
          await release.promise;
        },
      });
      // Hooks run in order: the runs are released once the jobs' own preClose has run.
      const releaseOnClose = (app: FastifyInstance) =>
        app.addHook("preClose", (done) => {
          release.resolve();
          done();
        });
      const jobs = [blocking("a"), blocking("b"), blocking("waiting")];
      const app = await startInstance(jobs, logWatcher(), releaseOnClose);
      await twoStarted.promise;
      await app.close();

      // The two that had slots started, in whichever order their locks came (on PostgreSQL
      // two connections race); the third never did.
      expect([...started].sort()).toEqual(["a", "b"]);
    });
  });
}
