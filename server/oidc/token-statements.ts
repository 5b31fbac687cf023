// The statements of a token request (issue 14), each compiled once (storage/compiled-once.ts):
// on SQLite, the client's app with the presented code, then the account with the code's session
// and grant, and the code's consumption and its access token's insert (PostgreSQL reads and writes
// in one statement each: token-statements-postgres.ts); on both, an entry's insert and its
// consumption. The entries beside a row are read as scalar subqueries by primary key, not as
// joins: Node 24's SQLite re-prepared a join with a bound key on every execution, several times the
// cost of the reads themselves (bench/session-lookup.ts). The two PostgreSQL runs are named
// statements there (storage/named-statements.ts), planned once per connection.
import { compiledOnce } from "../storage/compiled-once.ts";
import type { Db } from "../storage/database.ts";
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

/** SQLite: the OIDC app with this client_id, and the authorization code stored under `codeId`. */
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
);

/** SQLite: the user with this id, the session with this uid and the grant with this id. */
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
