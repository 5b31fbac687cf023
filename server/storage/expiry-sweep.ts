// Deletes expired short-lived rows (sign-in flows, spent WebAuthn and device challenges,
// launch tickets and hand-offs) in bounded batches, off the request path: a background job runs it
// on one instance at a time (plugins/background-jobs.ts), so no request pays for rows others left
// behind. Every reader still refuses an expired row by itself; the sweep only keeps tables small.
import { sql } from "kysely";
import type { Db } from "./database.ts";

/** The background job's name, also its lock's (storage/job-lock.ts). */
export const expirySweepJob = "expiry-sweep";

/** Each table with its key, and how long past expiry a row is kept. */
export const sweptTables = [
  { table: "login_flows", key: "id", keepMs: 0 },
  // Spent challenges carry their margin past expiry in expires_at (webauthn/webauthn-challenges.ts);
  // webauthn_challenges holds what instances of the previous release issue (migration 0310).
  { table: "spent_webauthn_challenges", key: "challenge", keepMs: 0 },
  { table: "webauthn_challenges", key: "challenge", keepMs: 0 },
  // The same for device challenges: spent ones, and what the previous release issues (0320).
  { table: "spent_device_challenges", key: "challenge", keepMs: 0 },
  { table: "device_challenges", key: "challenge_hash", keepMs: 0 },
  // A spent or expired ticket or hand-off is kept an hour, as when it was swept on issue.
  { table: "launch_tickets", key: "id", keepMs: 3_600_000 },
  { table: "launch_handoffs", key: "id", keepMs: 3_600_000 },
] as const;

export type SweepLimits = { batchSize: number; maxBatches: number };

export const defaultSweepLimits: SweepLimits = { batchSize: 1000, maxBatches: 50 };

/** Deletes up to batchSize × maxBatches expired rows per table; the counts deleted. */
export async function sweepExpiredRows(
  db: Db,
  now: number,
  limits: SweepLimits = defaultSweepLimits,
): Promise<Record<string, number>> {
  const deleted: Record<string, number> = {};
  for (const { table, key, keepMs } of sweptTables) {
    deleted[table] = 0;
    for (let batch = 0; batch < limits.maxBatches; batch += 1) {
      // One bounded statement per batch keeps each write lock short (SQLite has one writer).
      const result = await sql`delete from ${sql.table(table)} where ${sql.ref(key)} in (
          select ${sql.ref(key)} from ${sql.table(table)}
          where expires_at <= ${now - keepMs} limit ${limits.batchSize})`.execute(db);
      const count = Number(result.numAffectedRows ?? 0);
      deleted[table] += count;
      if (count < limits.batchSize) {
        break;
      }
    }
  }
  return deleted;
}
