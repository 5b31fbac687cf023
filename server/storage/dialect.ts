// Which database a Kysely instance talks to, for the few statements that differ by dialect
// (advisory locks, LISTEN/NOTIFY); everything else is written once for both.
import { PostgresAdapter } from "kysely";
import type { Db } from "./database.ts";

export function isPostgres(db: Db): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
