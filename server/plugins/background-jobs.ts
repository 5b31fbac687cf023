// Background jobs (password-expiry reminders, sweeps of expired rows): each runs at start and
// then on its interval while the app is up, and every run takes the job's lock first
// (storage/job-lock.ts), so with several instances on one database a job runs on one of them at
// a time instead of on all. Timers never hold the process open; errors are logged, never thrown.
import type { FastifyInstance } from "fastify";
import type { Clock } from "../lib/clock.ts";
import type { Db } from "../storage/database.ts";
import { runExclusively } from "../storage/job-lock.ts";

export type BackgroundJob = {
  /** Also the lock's name: the same on every instance. */
  name: string;
  everyMilliseconds: number;
  run: () => Promise<unknown>;
};

export function registerBackgroundJobs(
  app: FastifyInstance,
  { db, clock }: { db: Db; clock: Clock },
  jobs: BackgroundJob[],
): void {
  const timers: NodeJS.Timeout[] = [];
  const running = new Set<Promise<unknown>>();
  const start = (job: BackgroundJob) => {
    const run = runExclusively(db, job.name, job.run, { clock })
      .catch((error: unknown) =>
        app.log.error({ err: error, job: job.name }, "background job failed"),
      )
      .finally(() => running.delete(run));
    running.add(run);
  };
  app.addHook("onReady", () => {
    for (const job of jobs) {
      start(job);
      const timer = setInterval(() => start(job), job.everyMilliseconds);
      timer.unref();
      timers.push(timer);
    }
    return Promise.resolve();
  });
  // Before the pool closes: no run is cut off halfway, and none starts afterwards.
  app.addHook("preClose", (done) => {
    timers.forEach(clearInterval);
    done();
  });
  app.addHook("onClose", async () => {
    await Promise.all(running);
  });
}
