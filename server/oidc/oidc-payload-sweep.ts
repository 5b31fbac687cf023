// Expired OpenID Provider entries (codes, tokens, sessions, grants in `oidc_payloads`) go on a
// timer, without loading oidc-provider itself (see oidc-paths.ts), in bounded batches like the
// other short-lived rows (storage/expiry-sweep.ts): each delete holds SQLite's one write lock
// briefly, and what a run leaves goes with the next.
import { sql } from "kysely";
import type { Db } from "../storage/database.ts";
import { defaultSweepLimits, type SweepLimits } from "../storage/expiry-sweep.ts";

/** The background job's name, also its lock's (storage/job-lock.ts). */
export const oidcPayloadSweepJob = "oidc-payload-sweep";

/** Drops up to batchSize × maxBatches entries expired before `now`; how many it dropped. */
export async function sweepExpiredOidcPayloads(
  db: Db,
  now: number,
  limits: SweepLimits = defaultSweepLimits,
): Promise<number> {
  let deleted = 0;
  for (let batch = 0; batch < limits.maxBatches; batch += 1) {
    // Keyed by (model, id); a row value compares both (SQLite 3.15+, PostgreSQL).
    const result = await sql`delete from oidc_payloads where (model, id) in (
        select model, id from oidc_payloads where expires_at < ${now} limit ${limits.batchSize})`.execute(
      db,
    );
    const count = Number(result.numAffectedRows ?? 0);
    deleted += count;
    if (count < limits.batchSize) {
      break;
    }
  }
  return deleted;
}
