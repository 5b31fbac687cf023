// Rate-limit windows in the database, shared by every instance: one INSERT … ON CONFLICT DO UPDATE
// … RETURNING counts a request against all of its keys (per address, per account) in a single
// round trip, atomically, so concurrent requests on different instances never both slip under
// the limit. Written once for PostgreSQL and SQLite (both have upsert with RETURNING).
import { sql } from "kysely";
import { compiledOnce, type CompiledOnce } from "./compiled-once.ts";
import type { Db } from "./database.ts";
import type { RateLimitStore } from "./rate-limit-store.ts";

type WindowRow = { key: string; hits: number; resets_at: number };
type UpsertArguments = readonly [now: number, resetsAt: number, ...keys: string[]];

/** The upsert for one number of keys: the keys, when the window is open, and when a new one ends. */
function buildUpsert(db: Db, now: number, resetsAt: number, ...keys: string[]) {
  const open = sql<boolean>`rate_limit_windows.resets_at > ${now}`;
  return db
    .insertInto("rate_limit_windows")
    .values(keys.map((key) => ({ key, hits: 1, resets_at: resetsAt })))
    .onConflict((conflict) =>
      conflict.column("key").doUpdateSet({
        hits: sql`case when ${open} then rate_limit_windows.hits + 1 else 1 end`,
        resets_at: sql`case when ${open} then rate_limit_windows.resets_at else excluded.resets_at end`,
      }),
    )
    .returning(["key", "hits", "resets_at"]);
}

// Every rate-limited request sends it: built and compiled once per number of keys (a handful,
// fixed by the rules) instead of on every request (storage/compiled-once.ts), and prepared on
// PostgreSQL. The placeholders: two numbers and distinct keys that no constant of it equals.
const upserts = new Map<number, CompiledOnce<UpsertArguments, WindowRow>>();
function upsertFor(keyCount: number): CompiledOnce<UpsertArguments, WindowRow> {
  let upsert = upserts.get(keyCount);
  if (upsert === undefined) {
    const keys = Array.from({ length: keyCount }, (_, index) => `\u0000key ${index}`);
    upsert = compiledOnce(buildUpsert, [-1, -2, ...keys], { named: true });
    upserts.set(keyCount, upsert);
  }
  return upsert;
}

export function countInDatabase(db: Db): RateLimitStore {
  return {
    async hit(keys, windowMilliseconds, now) {
      // Sorted and distinct: concurrent statements then lock rows in the same order (no deadlock),
      // and no statement touches one row twice (which PostgreSQL refuses).
      const distinct = [...new Set(keys)].sort();
      if (distinct.length === 0) {
        return [];
      }
      const query = upsertFor(distinct.length)(db, now, now + windowMilliseconds, ...distinct);
      const { rows } = await db.executeQuery(query);
      return rows.map((row) => ({ key: row.key, hits: row.hits, resetsAt: row.resets_at }));
    },
    async sweep(now) {
      await db.deleteFrom("rate_limit_windows").where("resets_at", "<=", now).execute();
    },
  };
}
