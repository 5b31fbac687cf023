// A few writes of one request that belong together (issue 14: the token request spends its code
// and stores the access token it pays for), in one transaction. On SQLite they run at once on
// Kysely's own connection, outside its executor (sqlite-driver.ts, writeNow); when a transaction
// of Kysely's holds that connection, and on PostgreSQL, they run in a Kysely transaction instead.
import { CompiledQuery, type Kysely } from "kysely";
import type { Database } from "./schema.ts";
import type { SqliteConnection, PreparedWrite } from "./sqlite-driver.ts";

export type { PreparedWrite };

/** The SQLite connection behind each database handle, once Kysely has opened it. */
const connections = new WeakMap<object, () => SqliteConnection | undefined>();

/** Lets `writeTogether` on `db` use its SQLite connection, once `current` returns it. */
export function attachSqliteConnection(
  db: object,
  current: () => SqliteConnection | undefined,
): void {
  connections.set(db, current);
}

/**
 * Runs `writes` in order in one transaction. True when all ran; false when one marked
 * `mustChange` changed no row, and then nothing is written.
 */
export async function writeTogether(
  db: Kysely<Database>,
  writes: readonly PreparedWrite[],
): Promise<boolean> {
  const written = connections.get(db)?.()?.writeNow(writes);
  if (written !== undefined) {
    return written;
  }
  if (db.isTransaction) {
    // Inside another transaction, "nothing is written" would be that transaction's to keep.
    throw new Error("writeTogether opens its own transaction; call it on the database handle");
  }
  try {
    return await db.transaction().execute(async (trx) => {
      if (!(await runEach(trx, writes))) {
        throw new Unchanged();
      }
      return true;
    });
  } catch (error) {
    if (error instanceof Unchanged) {
      return false;
    }
    throw error;
  }
}

class Unchanged extends Error {}

async function runEach(db: Kysely<Database>, writes: readonly PreparedWrite[]): Promise<boolean> {
  for (const { statement, mustChange } of writes) {
    const result = await db.executeQuery(
      CompiledQuery.raw(statement.sql, [...statement.parameters]),
    );
    if (mustChange === true && (result.numAffectedRows ?? 0n) === 0n) {
      return false;
    }
  }
  return true;
}
