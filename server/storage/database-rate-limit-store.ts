// Rate-limit windows in the database, shared by every instance: one INSERT … ON CONFLICT DO UPDATE
// … RETURNING counts a request against all of its keys (per address, per account) in a single
// round trip, atomically, so concurrent requests on different instances never both slip under
// the limit. Written once for PostgreSQL and SQLite (both have upsert with RETURNING).
import { sql } from "kysely";
import type { Db } from "./database.ts";
import { namedSql } from "./named-statements.ts";
import type { RateLimitStore } from "./rate-limit-store.ts";

export function countInDatabase(db: Db): RateLimitStore {
  return {
    async hit(keys, windowMilliseconds, now) {
      // Sorted and distinct: concurrent statements then lock rows in the same order (no deadlock),
      // and no statement touches one row twice (which PostgreSQL refuses).
      const distinct = [...new Set(keys)].sort();
      if (distinct.length === 0) {
        return [];
      }
      const open = sql<boolean>`rate_limit_windows.resets_at > ${now}`;
      const query = db
        .insertInto("rate_limit_windows")
        .values(distinct.map((key) => ({ key, hits: 1, resets_at: now + windowMilliseconds })))
        .onConflict((conflict) =>
          conflict.column("key").doUpdateSet({
            hits: sql`case when ${open} then rate_limit_windows.hits + 1 else 1 end`,
            resets_at: sql`case when ${open} then rate_limit_windows.resets_at else excluded.resets_at end`,
          }),
        )
        .returning(["key", "hits", "resets_at"])
        .compile();
      // Prepared on PostgreSQL: every rate-limited request sends it, with one text per number of keys.
      namedSql(query.sql);
      const { rows } = await db.executeQuery(query);
      return rows.map((row) => ({ key: row.key, hits: row.hits, resetsAt: row.resets_at }));
    },
    async sweep(now) {
      await db.deleteFrom("rate_limit_windows").where("resets_at", "<=", now).execute();
    },
  };
}
