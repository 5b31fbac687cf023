// Jobs that must run once across instances (sweeps, reminders, grant expiry): a run takes a
// PostgreSQL advisory lock, or on SQLite a lease row that lapses if its holder crashed. An
// instance that finds the job taken skips this run; the holder does the work for everyone.
import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import type { Clock } from "../lib/clock.ts";
import type { Db } from "./database.ts";
import { isPostgres } from "./dialect.ts";

/** Longer than any sweep takes; only matters when a holder died without releasing its lease. */
const defaultLeaseMilliseconds = 10 * 60_000;

export type ExclusiveRun<T> = { ran: true; value: T } | { ran: false };

export async function runExclusively<T>(
  db: Db,
  job: string,
  work: () => Promise<T>,
  options: { clock: Clock; leaseMilliseconds?: number },
): Promise<ExclusiveRun<T>> {
  return isPostgres(db)
    ? runUnderAdvisoryLock(db, job, work)
    : runUnderLease(db, job, work, options.clock, options.leaseMilliseconds);
}

async function runUnderAdvisoryLock<T>(
  db: Db,
  job: string,
  work: () => Promise<T>,
): Promise<ExclusiveRun<T>> {
  // A session-level lock lives on one connection: hold that connection for the whole run, so
  // the lock is released by the unlock below or, if the process dies, by the connection ending.
  return db.connection().execute(async (connection) => {
    const key = `gatehouse:${job}`;
    const { rows } = await sql<{
      locked: boolean;
    }>`select pg_try_advisory_lock(hashtext(${key})) as locked`.execute(connection);
    if (rows[0]?.locked !== true) {
      return { ran: false };
    }
    try {
      return { ran: true, value: await work() };
    } finally {
      await sql`select pg_advisory_unlock(hashtext(${key}))`.execute(connection);
    }
  });
}

async function runUnderLease<T>(
  db: Db,
  job: string,
  work: () => Promise<T>,
  clock: Clock,
  leaseMilliseconds = defaultLeaseMilliseconds,
): Promise<ExclusiveRun<T>> {
  const holder = randomUUID();
  const now = clock.now();
  // One statement takes a free or lapsed lease; a live lease held by another run is left alone.
  const taken = await db
    .insertInto("job_leases")
    .values({ job, holder, expires_at: now + leaseMilliseconds })
    .onConflict((conflict) =>
      conflict
        .column("job")
        .doUpdateSet({ holder, expires_at: now + leaseMilliseconds })
        .where("job_leases.expires_at", "<=", now),
    )
    .returning("holder")
    .executeTakeFirst();
  if (taken?.holder !== holder) {
    return { ran: false };
  }
  try {
    return { ran: true, value: await work() };
  } finally {
    await db
      .updateTable("job_leases")
      .set({ expires_at: 0 })
      .where("job", "=", job)
      .where("holder", "=", holder)
      .execute();
  }
}
