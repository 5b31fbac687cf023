// The read behind every session check (auth/session.ts): a session by its id, with its user, in
// one statement built and compiled once per database handle, then split into the two records.
// On SQLite the same statement reads the policies' version (policies/policy-store.ts).
import { sql } from "kysely";
import { changeTopics } from "../storage/change-topics.ts";
import type { Db } from "../storage/database.ts";
import { isPostgres } from "../storage/dialect.ts";
import { nameStatement } from "../storage/named-statements.ts";
import { readPreparedRows, type PreparedQuery } from "../storage/prepared-reads.ts";
import type { Session, User } from "../storage/schema.ts";
import { userColumns } from "../storage/user-columns.ts";

/**
 * The session columns a check reads, user_id aside (the user's own id), under a `session_`
 * prefix. Where and when it began (ip, user_agent, created_at) only the session list shows, which
 * reads them itself (routes/security/sessions.ts).
 */
const sessionColumns = [
  "id",
  "secret_hash",
  "verified_at",
  "last_seen_at",
  "expires_at",
  "mfa_enroll_by",
] as const satisfies ReadonlyArray<Exclude<keyof Session, "user_id">>;

/** A session as a check reads it (sessionColumns, and user_id). */
export type CheckedSession = Pick<Session, (typeof sessionColumns)[number] | "user_id">;

const sessionPrefix = "session_";
const policiesVersionColumn = "policies_version";
/** On PostgreSQL, the one column: sessionColumns' values, then userColumns', as a JSON array. */
const valuesColumn = "session_and_user";

/**
 * The session row is read first by its key in a materialized CTE, then joined to its user. The
 * plain join with a bound id was re-prepared by Node 24's SQLite on every execution (about five
 * times the cost; `bench/session-lookup.ts` measures both shapes); PostgreSQL reads both alike.
 * On SQLite, where the admin CLI may change a policy unannounced, the policies' version comes with
 * the row: it is what decides whether the policies kept in memory still hold, and reading it here
 * costs a fraction of a statement of its own. PostgreSQL announces every change (NOTIFY).
 *
 * On PostgreSQL the values come as one JSON array, which `pg` parses with JSON.parse. As 40-odd
 * columns they cost `pg` more than the rest of the request: node-postgres builds a template
 * object over every column of each result it receives (Result.addFields), and PostgreSQL
 * describes every column of the row on each execution. As an array, the server's CPU per
 * GET /api/me fell by about a sixth (137 to 113 µs here, bench/me.ts) and the database's did not
 * rise; a json_build_object with the columns' names cost the database about 5 µs more a read.
 */
function buildSessionLookup(db: Db) {
  const joined = db
    .with(
      (cte) => cte("session_row").materialized(),
      (query) =>
        query
          .selectFrom("sessions")
          .select(["user_id", ...sessionColumns])
          .where("id", "=", ""),
    )
    .selectFrom("session_row")
    .innerJoin("users", "users.id", "session_row.user_id");
  if (isPostgres(db)) {
    const values = [
      ...sessionColumns.map((column) => sql.ref(`session_row.${column}`)),
      ...userColumns.map((column) => sql.ref(`users.${column}`)),
    ];
    return joined.select(sql<unknown[]>`json_build_array(${sql.join(values)})`.as(valuesColumn));
  }
  return joined
    .select((columns) =>
      sessionColumns.map((column) =>
        columns.ref(`session_row.${column}`).as(`${sessionPrefix}${column}`),
      ),
    )
    .select(userColumns.map((column) => `users.${column}` as const))
    .select((columns) =>
      columns
        .selectFrom("change_versions")
        .select("version")
        .where("topic", "=", changeTopics.policies)
        .as(policiesVersionColumn),
    );
}

/** The statement as compiled once; its first parameter is the session id (the CTE's). */
const sessionLookups = new WeakMap<Db, { sql: string; parameters: readonly unknown[] }>();

function sessionLookupFor(db: Db, id: string): PreparedQuery {
  let compiled = sessionLookups.get(db);
  if (compiled === undefined) {
    const { sql, parameters } = buildSessionLookup(db).compile();
    // Sent by name on PostgreSQL: planned once per connection instead of on every request, where
    // planning cost several times the read itself (bench/me.ts prints the database's share).
    nameStatement(sql);
    compiled = { sql, parameters };
    sessionLookups.set(db, compiled);
  }
  return { sql: compiled.sql, parameters: [id, ...compiled.parameters.slice(1)] };
}

/**
 * Where each value of a SQLite row sits: the user's columns, the session's under their prefix,
 * and the policies' version.
 */
type RowLayout = {
  user: [string, number][];
  session: [string, number][];
  policiesVersion: number;
};

const layouts = new WeakMap<readonly string[], RowLayout>();

function layoutOf(columns: readonly string[]): RowLayout {
  let layout = layouts.get(columns);
  if (layout === undefined) {
    layout = { user: [], session: [], policiesVersion: columns.indexOf(policiesVersionColumn) };
    for (const [index, column] of columns.entries()) {
      if (column === policiesVersionColumn) {
        continue;
      }
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

export type SessionWithUser = {
  session: CheckedSession;
  user: User;
  /** The policies' version read with the session (SQLite; 0 before the first change). */
  policiesVersion?: number;
};

/**
 * The session `id` names and its user, undefined if there is none; the caller compares the secret.
 * Each record is built by position from the row: spreading the rest of a 40-column row object
 * cost as much as reading it.
 */
export async function readSessionWithUser(
  db: Db,
  id: string,
): Promise<SessionWithUser | undefined> {
  const { columns, rows } = await readPreparedRows(db, sessionLookupFor(db, id));
  const [row] = rows;
  if (row === undefined) {
    return undefined;
  }
  return columns[0] === valuesColumn
    ? fromValues(row[0] as readonly unknown[])
    : fromColumns(layoutOf(columns), row);
}

function fromValues(values: readonly unknown[]): SessionWithUser {
  const session: Record<string, unknown> = {};
  for (let index = 0; index < sessionColumns.length; index += 1) {
    session[sessionColumns[index] ?? ""] = values[index];
  }
  const user: Record<string, unknown> = {};
  for (let index = 0; index < userColumns.length; index += 1) {
    user[userColumns[index] ?? ""] = values[sessionColumns.length + index];
  }
  session.user_id = user.id;
  return { session: session as CheckedSession, user: user as User };
}

function fromColumns(layout: RowLayout, row: readonly unknown[]): SessionWithUser {
  const user: Record<string, unknown> = {};
  for (const [column, index] of layout.user) {
    user[column] = row[index];
  }
  const session: Record<string, unknown> = { user_id: user.id };
  for (const [column, index] of layout.session) {
    session[column] = row[index];
  }
  return {
    session: session as CheckedSession,
    user: user as User,
    policiesVersion: Number(row[layout.policiesVersion] ?? 0),
  };
}
