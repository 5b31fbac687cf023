// The expired rows of the bench's "loaded" state, on SQLite or PostgreSQL: written by one
// INSERT … SELECT per table (a recursive count, so no values travel), all expired more than an
// hour before the load (past the launch rows' hour of grace in server/storage/expiry-sweep.ts),
// counted, and removed again. While the bench measures, it holds the server's sweep jobs' locks
// (server/storage/job-lock.ts) as another instance running them would, so the rows stay.
import { sql, type RawBuilder } from "kysely";
import { oidcPayloadSweepJob } from "../server/oidc/oidc-payload-sweep.ts";
import type { Db } from "../server/storage/database.ts";
import { isPostgres } from "../server/storage/dialect.ts";
import { expirySweepJob } from "../server/storage/expiry-sweep.ts";
import { runExclusively } from "../server/storage/job-lock.ts";
import { systemClock } from "../server/lib/clock.ts";

/** Every bench row's key starts so; nothing the server issues looks like it. */
export const benchKeyPrefix = "bench-expired-";

/**
 * The tables the passkey sign-in, the device proof and the launch touch, each with the key the
 * rows are named by.
 */
export const loadedTables = [
  { table: "spent_webauthn_challenges", key: "challenge" },
  { table: "spent_device_challenges", key: "challenge" },
  { table: "launch_tickets", key: "id" },
  { table: "launch_handoffs", key: "id" },
  { table: "oidc_payloads", key: "id" },
] as const;

export type LoadedTable = (typeof loadedTables)[number]["table"];

/** The launch rows' owner: the bench user and their app, as the foreign keys require. */
export type LaunchOwner = { userId: string; appId: string };

const hourMs = 3_600_000;

/** Inserts `count` expired rows into each loaded table; `now` is the database's present. */
export async function loadExpiredRows(
  db: Db,
  input: { count: number; now: number; owner: LaunchOwner },
): Promise<void> {
  const { count, owner } = input;
  // Row i expired an hour and i milliseconds before now: all past the sweep's grace.
  const expiresAt = sql`cast(${input.now - hourMs - 1} as bigint) - i`;
  const key = sql`${benchKeyPrefix} || cast(i as text)`;
  const columns: Record<LoadedTable, RawBuilder<unknown>> = {
    spent_webauthn_challenges: sql`(challenge, expires_at) select ${key}, ${expiresAt}`,
    spent_device_challenges: sql`(challenge, expires_at) select ${key}, ${expiresAt}`,
    launch_tickets: sql`(id, secret_hash, user_id, app_id, created_at, expires_at, consumed_at)
      select ${key}, 'bench', ${owner.userId}, ${owner.appId}, ${expiresAt} - 60000, ${expiresAt},
        case when i % 2 = 0 then ${expiresAt} - 30000 end`,
    launch_handoffs: sql`(id, secret_hash, stage, user_id, app_id, created_at, expires_at)
      select ${key}, 'bench', 'oidc', ${owner.userId}, ${owner.appId}, ${expiresAt} - 120000,
        ${expiresAt}`,
    // Abandoned interactions, codes, sessions and grants, as oidc-provider leaves them.
    oidc_payloads: sql`(model, id, payload, grant_id, uid, expires_at)
      select case i % 4 when 0 then 'Interaction' when 1 then 'AuthorizationCode'
        when 2 then 'Session' else 'Grant' end, ${key}, '{}',
        ${benchKeyPrefix} || 'grant-' || cast(i / 4 as text), ${key}, ${expiresAt}`,
  };
  for (const { table } of loadedTables) {
    await withCounter(
      count,
      sql`insert into ${sql.table(table)} ${columns[table]} from counter`,
    ).execute(db);
  }
}

/** `with recursive counter(i)` 0 … count − 1 in front of a statement (both dialects). */
function withCounter(count: number, statement: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`with recursive counter(i) as (
      select 0 union all select i + 1 from counter where i < ${sql.lit(count - 1)})
    ${statement}`;
}

/** The bench rows still present and expired at `now`, per table. */
export async function countExpiredRows(db: Db, now: number): Promise<Record<LoadedTable, number>> {
  const counts = {} as Record<LoadedTable, number>;
  for (const { table, key } of loadedTables) {
    const { rows } = await sql<{ count: number | string }>`select count(*) as count
      from ${sql.table(table)}
      where ${sql.ref(key)} like ${`${benchKeyPrefix}%`} and expires_at < ${now}`.execute(db);
    counts[table] = Number(rows[0]?.count ?? 0);
  }
  return counts;
}

/**
 * Deletes the bench's rows, and only those. On PostgreSQL the dead rows are vacuumed away too,
 * so an empty round does not read past them (that would flatter the loaded figure beside it).
 */
export async function unloadExpiredRows(db: Db): Promise<void> {
  for (const { table, key } of loadedTables) {
    await sql`delete from ${sql.table(table)}
      where ${sql.ref(key)} like ${`${benchKeyPrefix}%`}`.execute(db);
    if (isPostgres(db)) {
      await sql`vacuum ${sql.table(table)}`.execute(db);
    }
  }
}

/**
 * Runs `work` holding the locks of both sweep jobs that delete these rows, so no sweep on the
 * server runs meanwhile; a run in progress is waited for (by default 50 tries, 100 ms apart).
 */
export async function holdingSweepLocks<T>(
  db: Db,
  work: () => Promise<T>,
  patience = { tries: 50, waitMs: 100 },
): Promise<T> {
  const clock = systemClock;
  for (let attempt = 0; attempt < patience.tries; attempt += 1) {
    const outer = await runExclusively(
      db,
      expirySweepJob,
      () => runExclusively(db, oidcPayloadSweepJob, work, { clock }),
      { clock },
    );
    if (outer.ran && outer.value.ran) {
      return outer.value.value;
    }
    await new Promise((resolve) => setTimeout(resolve, patience.waitMs));
  }
  throw new Error("the server's sweeps kept their locks; the bench could not take them");
}
