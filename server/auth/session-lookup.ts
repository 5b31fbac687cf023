// The read behind every session check (auth/session.ts): a session by its id, with its user, in
// one statement built and compiled once per database handle, then split into the two records.
import { CompiledQuery } from "kysely";
import type { Db } from "../storage/database.ts";
import { readPreparedRows } from "../storage/prepared-reads.ts";
import type { Session, User } from "../storage/schema.ts";

/** Every session column but user_id (the user's own id), read under a `session_` prefix. */
const sessionColumns = [
  "id",
  "secret_hash",
  "created_at",
  "verified_at",
  "last_seen_at",
  "expires_at",
  "ip",
  "user_agent",
  "mfa_enroll_by",
] as const satisfies ReadonlyArray<Exclude<keyof Session, "user_id">>;

const sessionPrefix = "session_";

/**
 * The session row is read first by its key in a materialized CTE, then joined to its user. The
 * plain join with a bound id was re-prepared by Node 24's SQLite on every execution (about five
 * times the cost; `bench/session-lookup.ts` measures both shapes); PostgreSQL reads both alike.
 */
function buildSessionLookup(db: Db) {
  return db
    .with(
      (cte) => cte("session_row").materialized(),
      (query) => query.selectFrom("sessions").selectAll().where("id", "=", ""),
    )
    .selectFrom("session_row")
    .innerJoin("users", "users.id", "session_row.user_id")
    .selectAll("users")
    .select((columns) =>
      sessionColumns.map((column) =>
        columns.ref(`session_row.${column}`).as(`${sessionPrefix}${column}`),
      ),
    );
}

const sessionLookups = new WeakMap<Db, string>();

function sessionLookupSql(db: Db): string {
  let compiled = sessionLookups.get(db);
  if (compiled === undefined) {
    compiled = buildSessionLookup(db).compile().sql;
    sessionLookups.set(db, compiled);
  }
  return compiled;
}

/** Where each value of a row sits: the user's columns, then the session's under their prefix. */
type RowLayout = { user: [string, number][]; session: [string, number][]; userId: number };

const layouts = new WeakMap<readonly string[], RowLayout>();

function layoutOf(columns: readonly string[]): RowLayout {
  let layout = layouts.get(columns);
  if (layout === undefined) {
    layout = { user: [], session: [], userId: columns.indexOf("id") };
    for (const [index, column] of columns.entries()) {
      if (column.startsWith(sessionPrefix)) {
        layout.session.push([column.slice(sessionPrefix.length), index]);
      } else {
        layout.user.push([column, index]);
      }
    }
    layouts.set(columns, layout);
  }
  return layout;
}

/**
 * The session `id` names and its user, undefined if there is none; the caller compares the secret.
 * Each record is built by position from the row (an array): spreading the rest of a 40-column
 * row object cost as much as reading it.
 */
export async function readSessionWithUser(
  db: Db,
  id: string,
): Promise<{ session: Session; user: User } | undefined> {
  const { columns, rows } = await readPreparedRows(
    db,
    CompiledQuery.raw(sessionLookupSql(db), [id]),
  );
  const [row] = rows;
  if (row === undefined) {
    return undefined;
  }
  const layout = layoutOf(columns);
  const user: Record<string, unknown> = {};
  for (const [column, index] of layout.user) {
    user[column] = row[index];
  }
  const session: Record<string, unknown> = { user_id: row[layout.userId] };
  for (const [column, index] of layout.session) {
    session[column] = row[index];
  }
  return { session: session as Session, user: user as User };
}
