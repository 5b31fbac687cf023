// The token request's statements only PostgreSQL has (issue 14), each sent by name
// (storage/named-statements.ts), so each lists its columns: the client's app read with the
// presented code and, through the code's own payload, the session, grant and account it names —
// one round trip where SQLite takes two (token-statements.ts) — and the code spent together with
// storing its access token, one more. Each round trip cost the server a socket write and the
// database a wake-up, more than the reads themselves (bench/postgres.ts). PostgreSQL cannot turn
// a JSON document with a \u0000 or lone-surrogate escape into text fields (an error, whichever
// field holds it, and a nonce can), so a code whose payload has any \u escape names nothing here
// and its session, grant and account are read one by one as before.
import { CompiledQuery } from "kysely";
import { nameStatement } from "../storage/named-statements.ts";
import { clientColumns, type ClientApp } from "./oidc-clients.ts";
import { accountColumns, type AccountUser } from "./token-statements.ts";

type Entry<Prefix extends string> = {
  [
    Column in `${Prefix}_payload` | `${Prefix}_expires_at` | `${Prefix}_consumed_at`
  ]: Column extends `${string}_payload` ? string | null : number | null;
};

export type ClientWithCodeAndRelated = ClientApp &
  Entry<"code"> &
  Entry<"session"> &
  Entry<"grant"> & {
    /** The code's accountId, sessionUid and grantId when each is a string, else null. */
    code_account_id: string | null;
    code_session_uid: string | null;
    code_grant_id: string | null;
  } & { [Column in keyof AccountUser as `account_${Column}`]: AccountUser[Column] | null };

const entryColumns = (table: string) =>
  ["payload", "expires_at", "consumed_at"].map(
    (column) => `"${table}"."${column}" as "${table}_${column}"`,
  );

const readClientWithCodeAndRelatedSql = `select
  ${clientColumns.map((column) => `"apps"."${column}"`).join(", ")},
  ${entryColumns("code").join(", ")},
  "code"."account_id" as "code_account_id", "code"."session_uid" as "code_session_uid",
  "code"."grant_id" as "code_grant_id",
  ${accountColumns.map((column) => `"users"."${column}" as "account_${column}"`).join(", ")},
  ${[...entryColumns("session"), ...entryColumns("grant")].join(", ")}
from "apps"
left join lateral (
  select "payload", "expires_at", "consumed_at", "named"."accountId" as "account_id",
    "named"."sessionUid" as "session_uid", "named"."grantId" as "grant_id"
  from "oidc_payloads", json_to_record(
    case when strpos("payload", '\\u') = 0 then "payload" else '{}' end::json
  ) as "named"("accountId" text, "sessionUid" text, "grantId" text)
  where "model" = 'AuthorizationCode' and "id" = $2
  offset 0
) as "code" on true
left join "users" on "users"."id" = "code"."account_id"
left join lateral (
  select "payload", "expires_at", "consumed_at" from "oidc_payloads"
  where "model" = 'Session' and "uid" = "code"."session_uid" limit 1
) as "session" on true
left join lateral (
  select "payload", "expires_at", "consumed_at" from "oidc_payloads"
  where "model" = 'Grant' and "id" = "code"."grant_id" limit 1
) as "grant" on true
where "apps"."kind" = 'oidc' and "apps"."oidc_client_id" = $1`;
nameStatement(readClientWithCodeAndRelatedSql);

/**
 * The OIDC app with this client_id, the authorization code stored under `codeId`, and the
 * session (by uid), grant and account that code's payload names; every part null that is not
 * there. No row: no such client.
 */
export function readClientWithCodeAndRelated(
  clientId: string,
  codeId: string,
): CompiledQuery<ClientWithCodeAndRelated> {
  return CompiledQuery.raw(readClientWithCodeAndRelatedSql, [clientId, codeId]);
}

/**
 * The code spent and its access token stored by one statement, one round trip instead of four
 * (begin, update, insert, commit). A data-modifying CTE is atomic, and when another request spent
 * the code first the update finds no row and nothing is inserted: the statement then reports no
 * row written. SQLite has no such statement; there the two run in a transaction. An access token
 * has no uid or user code (those are an interaction's and a device flow's).
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
