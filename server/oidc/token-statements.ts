// The statements of a token request (issue 14), each compiled once (storage/compiled-once.ts):
// the client's app with the presented code, the account with the code's session and grant, and
// the code's consumption and its access token's insert (one statement on PostgreSQL). The entries
// beside a row are read as scalar subqueries by primary key, not as joins: Node 24's SQLite
// re-prepared a join with a bound key on every execution, several times the cost of the reads
// themselves (bench/session-lookup.ts). On PostgreSQL each is a named statement
// (storage/named-statements.ts), planned once per connection: so each lists its columns.
import { CompiledQuery } from "kysely";
import { compiledOnce } from "../storage/compiled-once.ts";
import type { Db } from "../storage/database.ts";
import { nameStatement } from "../storage/named-statements.ts";
import type { User } from "../storage/schema.ts";
import { clientColumns } from "./oidc-clients.ts";

/** The user's columns an ID token's claims and the account check need (oidc-provider.ts). */
export const accountColumns = [
  "id",
  "status",
  "email",
  "username",
  "display_name",
  "first_name",
  "last_name",
] as const satisfies readonly (keyof User)[];
export type AccountUser = Pick<User, (typeof accountColumns)[number]>;

/** The entry of this model under this key, for a scalar subquery (null when there is none). */
function entry(db: Db, model: string, key: "id" | "uid", value: string) {
  return db.selectFrom("oidc_payloads").where("model", "=", model).where(key, "=", value).limit(1);
}
const payloadOf = (db: Db, model: string, key: "id" | "uid", value: string) =>
  entry(db, model, key, value).select("payload").$castTo<{ payload: string | null }>();
const expiryOf = (db: Db, model: string, key: "id" | "uid", value: string) =>
  entry(db, model, key, value).select("expires_at").$castTo<{ expires_at: number | null }>();
const consumptionOf = (db: Db, model: string, key: "id" | "uid", value: string) =>
  entry(db, model, key, value).select("consumed_at").$castTo<{ consumed_at: number | null }>();

/** The OIDC app with this client_id, and the authorization code stored under `codeId`. */
export const readClientWithCode = compiledOnce(
  (db, clientId: string, codeId: string) =>
    db
      .selectFrom("apps")
      .select(clientColumns)
      .select([
        payloadOf(db, "AuthorizationCode", "id", codeId).as("code_payload"),
        expiryOf(db, "AuthorizationCode", "id", codeId).as("code_expires_at"),
        consumptionOf(db, "AuthorizationCode", "id", codeId).as("code_consumed_at"),
      ])
      .where("kind", "=", "oidc")
      .where("oidc_client_id", "=", clientId),
  ["\u0000client", "\u0000code"],
  { named: true },
);

/** The user with this id, the session with this uid and the grant with this id. */
export const readAccountWithSessionAndGrant = compiledOnce(
  (db, accountId: string, sessionUid: string, grantId: string) =>
    db
      .selectFrom("users")
      .select(accountColumns)
      .select([
        payloadOf(db, "Session", "uid", sessionUid).as("session_payload"),
        expiryOf(db, "Session", "uid", sessionUid).as("session_expires_at"),
        consumptionOf(db, "Session", "uid", sessionUid).as("session_consumed_at"),
        payloadOf(db, "Grant", "id", grantId).as("grant_payload"),
        expiryOf(db, "Grant", "id", grantId).as("grant_expires_at"),
        consumptionOf(db, "Grant", "id", grantId).as("grant_consumed_at"),
      ])
      .where("users.id", "=", accountId),
  ["\u0000account", "\u0000session", "\u0000grant"],
  { named: true },
);

/** Spends an entry once: it updates no row when another request spent it first. */
export const consumeEntry = compiledOnce(
  (db, model: string, id: string, now: number) =>
    db
      .updateTable("oidc_payloads")
      .set({ consumed_at: now })
      .where("model", "=", model)
      .where("id", "=", id)
      .where("consumed_at", "is", null),
  ["\u0000model", "\u0000id", Number.MIN_SAFE_INTEGER],
  { named: true },
);

/** Stores an entry, or replaces the one of the same model and id. */
export const upsertEntry = compiledOnce(
  (
    db,
    model: string,
    id: string,
    payload: string,
    grantId: string | null,
    uid: string | null,
    userCode: string | null,
    expiresAt: number | null,
  ) => {
    const values = {
      payload,
      grant_id: grantId,
      uid,
      user_code: userCode,
      expires_at: expiresAt,
    };
    return db
      .insertInto("oidc_payloads")
      .values({ model, id, ...values, consumed_at: null })
      .onConflict((conflict) => conflict.columns(["model", "id"]).doUpdateSet(values));
  },
  [
    "\u0000model",
    "\u0000id",
    "\u0000payload",
    "\u0000grant",
    "\u0000uid",
    "\u0000user code",
    Number.MIN_SAFE_INTEGER,
  ],
  { named: true },
);

/**
 * PostgreSQL: the code spent and its access token stored by one statement, one round trip instead
 * of four (begin, update, insert, commit). A data-modifying CTE is atomic, and when another
 * request spent the code first the update finds no row and nothing is inserted: the statement
 * then reports no row written. SQLite has no such statement; there the two run in a transaction.
 * An access token has no uid or user code (those are an interaction's and a device flow's).
 */
export function spendCodeStoringToken(
  codeId: string,
  now: number,
  token: { id: string; payload: string; grantId: string | null; expiresAt: number | null },
): CompiledQuery {
  return CompiledQuery.raw(spendCodeStoringTokenSql, [
    now,
    codeId,
    token.id,
    token.payload,
    token.grantId,
    token.expiresAt,
  ]);
}

const spendCodeStoringTokenSql = `with "spent" as (
  update "oidc_payloads" set "consumed_at" = $1
  where "model" = 'AuthorizationCode' and "id" = $2 and "consumed_at" is null
  returning 1
)
insert into "oidc_payloads"
  ("model", "id", "payload", "grant_id", "uid", "user_code", "expires_at", "consumed_at")
select 'AccessToken', $3::text, $4::text, $5::text, null, null, $6::bigint, null
where exists (select 1 from "spent")
on conflict ("model", "id") do update set
  "payload" = excluded."payload", "grant_id" = excluded."grant_id", "uid" = null,
  "user_code" = null, "expires_at" = excluded."expires_at"`;
nameStatement(spendCodeStoringTokenSql);
