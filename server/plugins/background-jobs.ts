// Background jobs (password-expiry reminders, sweeps of expired rows): each runs at start and
// then on its interval while the app is up, and every run takes the job's lock first
// (storage/job-lock.ts), so with several instances on one database a job runs on one of them at
// a time instead of on all. Timers never hold the process open; errors are logged, never thrown.
// At most two runs at once on an instance: on PostgreSQL each run holds a pooled connection for
// its lock and takes others for its work, and with every job running at once (all start together)
// requests were left four of the pool's ten connections — with as many jobs as connections, none.
// A job whose last run is still going or waiting skips its turn instead of queueing another.
import type { FastifyInstance } from "fastify";
import type { Clock } from "../lib/clock.ts";
import { createSemaphore } from "../lib/semaphore.ts";
import type { Db } from "../storage/database.ts";
import { runExclusively } from "../storage/job-lock.ts";

export type BackgroundJob = {
  /** Also the lock's name: the same on every instance. */
  name: string;
  everyMilliseconds: number;
  run: () => Promise<unknown>;
};

/** Runs of background jobs at once on one instance (see above). */
export const maxRunsAtOnce = 2;

export function registerBackgroundJobs(
  app: FastifyInstance,
  { db, clock }: { db: Db; clock: Clock },
  jobs: BackgroundJob[],
): void {
  const timers: NodeJS.Timeout[] = [];
  const running = new Set<Promise<unknown>>();
  const slots = createSemaphore(maxRunsAtOnce);
  const busy = new Set<string>();
  let closing = false;
  const start = (job: BackgroundJob) => {
    if (busy.has(job.name)) {
      return;
    }
    busy.add(job.name);
    const run = slots
      // A run still waiting for a slot when the app closes does not start.
      .run(async () => {
        if (!closing) {
          await runExclusively(db, job.name, job.run, { clock });
        }
      })
      .catch((error: unknown) =>
        app.log.error({ err: error, job: job.name }, "background job failed"),
      )
      .finally(() => {
        busy.delete(job.name);
        running.delete(run);
      });
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
    closing = true;
    timers.forEach(clearInterval);
    done();
  });
  app.addHook("onClose", async () => {
    await Promise.all(running);
  });
}
