// One token request's SQL gathered (issue 14). oidc-provider asks its adapter for the client, the
// authorization code, the code's session and grant, and the account one at a time; here the
// client's app row comes with the code it presents, and the session, grant and account come in a
// second read on SQLite (token-statements.ts), in the same one on PostgreSQL
// (token-statements-postgres.ts). Each answer is kept for the request that read
// it (oidc-provider's own request context) and given back only for exactly the key it was read
// under; anything else reads as before. The code's consumption is written with the access token,
// see oidc-adapter.ts.
import type { CompiledQuery } from "kysely";
import Provider from "oidc-provider";
import type { OidcPayloadsTable } from "../storage/apps-schema.ts";
import type { Db } from "../storage/database.ts";
import { isPostgres } from "../storage/dialect.ts";
import { readPreparedRows } from "../storage/prepared-reads.ts";
import { clientColumns, type ClientApp } from "./oidc-clients.ts";
import { storedIdOf } from "./stored-ids.ts";
import {
  readClientWithCodeAndRelated,
  type ClientWithCodeAndRelated,
} from "./token-statements-postgres.ts";
import {
  accountColumns,
  readAccountWithSessionAndGrant,
  readClientWithCode,
  type AccountUser,
} from "./token-statements.ts";

export type PayloadRow = Pick<OidcPayloadsTable, "payload" | "expires_at" | "consumed_at">;

type Related = {
  session: { uid: string; row: PayloadRow | undefined };
  grant: { id: string; row: PayloadRow | undefined };
  account: { id: string; user: AccountUser };
};

type ReadAhead = {
  /** The presented code, the id it is stored under (hashed once per request) and its entry. */
  code?: { id: string; storedId: string; row: PayloadRow | undefined };
  related?: Related;
  /** The code consumed in this request, written in one transaction with the access token. */
  consumedCode?: string;
};

const readAheads = new WeakMap<object, ReadAhead>();

/** The read-ahead of the request being served, when it is a token request that started one. */
export function currentReadAhead(): ReadAhead | undefined {
  const context = Provider.ctx;
  return context === undefined ? undefined : readAheads.get(context);
}

/** The code a token request redeems (RFC 6749 §4.1.3), if this request is one. */
function presentedCode(): string | undefined {
  const context = Provider.ctx;
  const params = context?.oidc.params as { grant_type?: unknown; code?: unknown } | undefined;
  return context?.oidc.route === "token" &&
    params?.grant_type === "authorization_code" &&
    typeof params.code === "string"
    ? params.code
    : undefined;
}

/** An entry read beside another row: its three columns, all null when there is none. */
function entryOf(
  payload: string | null,
  expires_at: number | null,
  consumed_at: number | null,
): PayloadRow | undefined {
  return payload === null ? undefined : { payload, expires_at, consumed_at };
}

/**
 * The OIDC app with this client_id, and in the same statement the authorization code the token
 * request presents (when it is one and the code is a value worth looking up); on PostgreSQL also
 * the session, grant and account the code names.
 */
export async function readClientApp(
  db: Db,
  clientId: string,
  isLookupValue: (value: string) => boolean,
): Promise<ClientApp | undefined> {
  const codeId = presentedCode();
  const context = Provider.ctx;
  if (codeId === undefined || context === undefined || !isLookupValue(codeId)) {
    return db
      .selectFrom("apps")
      .select(clientColumns)
      .where("kind", "=", "oidc")
      .where("oidc_client_id", "=", clientId)
      .executeTakeFirst();
  }
  const storedCodeId = storedIdOf("AuthorizationCode", codeId);
  if (isPostgres(db)) {
    const [row] = (await db.executeQuery(readClientWithCodeAndRelated(clientId, storedCodeId)))
      .rows;
    if (row === undefined) {
      return undefined;
    }
    const code = entryOf(row.code_payload, row.code_expires_at, row.code_consumed_at);
    readAheads.set(context, {
      code: { id: codeId, storedId: storedCodeId, row: code },
      related: relatedOf(row),
    });
    return pickColumns(row, clientColumns);
  }
  const row = await readFirstRow(db, readClientWithCode(db, clientId, storedCodeId));
  if (row === undefined) {
    return undefined;
  }
  const code = entryOf(row.code_payload, row.code_expires_at, row.code_consumed_at);
  readAheads.set(context, { code: { id: codeId, storedId: storedCodeId, row: code } });
  return pickColumns(row, clientColumns);
}

/**
 * The authorization code read with its client, if this request read that very code. On SQLite,
 * reading it also reads, in one statement, the session, grant and account the code names.
 */
export async function takeReadAheadCode(
  db: Db,
  id: string,
): Promise<{ row: PayloadRow | undefined } | undefined> {
  const readAhead = currentReadAhead();
  if (readAhead?.code?.id !== id) {
    return undefined;
  }
  const { row } = readAhead.code;
  if (row !== undefined && !isPostgres(db)) {
    readAhead.related = await readRelated(db, row.payload);
  }
  return { row };
}

async function readRelated(db: Db, codePayload: string): Promise<Related | undefined> {
  const code = JSON.parse(codePayload) as {
    sessionUid?: unknown;
    grantId?: unknown;
    accountId?: unknown;
  };
  const sessionUid = typeof code.sessionUid === "string" ? code.sessionUid : "";
  const grantId = typeof code.grantId === "string" ? code.grantId : "";
  if (typeof code.accountId !== "string") {
    return undefined;
  }
  const row = await readFirstRow(
    db,
    readAccountWithSessionAndGrant(db, code.accountId, sessionUid, grantId),
  );
  if (row === undefined) {
    return undefined; // no such account: each lookup reads (and finds nothing) on its own
  }
  return {
    session: {
      uid: sessionUid,
      row: entryOf(row.session_payload, row.session_expires_at, row.session_consumed_at),
    },
    grant: {
      id: grantId,
      row: entryOf(row.grant_payload, row.grant_expires_at, row.grant_consumed_at),
    },
    account: { id: code.accountId, user: pickColumns(row, accountColumns) },
  };
}

/**
 * What PostgreSQL read with the code (token-statements-postgres.ts), as readRelated gives it on
 * SQLite: its account when the code names one that exists, nothing otherwise. The code's fields
 * come as text whatever their JSON type; a value that was no string never equals the key
 * oidc-provider asks for (readAheadPayload and readAheadUser compare exactly).
 */
function relatedOf(row: ClientWithCodeAndRelated): Related | undefined {
  const accountId = row.code_account_id;
  if (accountId === null || row.account_id !== accountId) {
    return undefined; // no such account: each lookup reads (and finds nothing) on its own
  }
  const user = Object.fromEntries(
    accountColumns.map((column) => [column, row[`account_${column}`]]),
  ) as AccountUser;
  return {
    session: {
      uid: row.code_session_uid ?? "",
      row: entryOf(row.session_payload, row.session_expires_at, row.session_consumed_at),
    },
    grant: {
      id: row.code_grant_id ?? "",
      row: entryOf(row.grant_payload, row.grant_expires_at, row.grant_consumed_at),
    },
    account: { id: accountId, user },
  };
}

/**
 * SQLite: the first row of one of the reads above, as an object. They go to the prepared reader's
 * own connection (storage/prepared-reads.ts), as the session check does, outside Kysely's
 * executor: read outside any transaction, they see what was committed, which is all a token
 * request reads (the code is spent by a conditional write, oidc-adapter.ts).
 */
async function readFirstRow<Row>(db: Db, query: CompiledQuery<Row>): Promise<Row | undefined> {
  const {
    columns,
    rows: [values],
  } = await readPreparedRows(db, query);
  return values === undefined
    ? undefined
    : (Object.fromEntries(columns.map((column, index) => [column, values[index]])) as Row);
}

/** The row's own copy of just these columns, so nothing else read beside them travels on. */
function pickColumns<Row, Column extends keyof Row>(
  row: Row,
  columns: readonly Column[],
): Pick<Row, Column> {
  return Object.fromEntries(columns.map((column) => [column, row[column]])) as Pick<Row, Column>;
}

/** The session or grant read with the code, if this request read exactly that one. */
export function readAheadPayload(
  model: string,
  column: "id" | "uid",
  value: string,
): { row: PayloadRow | undefined } | undefined {
  const related = currentReadAhead()?.related;
  if (model === "Session" && column === "uid" && related?.session.uid === value && value !== "") {
    return { row: related.session.row };
  }
  if (model === "Grant" && column === "id" && related?.grant.id === value && value !== "") {
    return { row: related.grant.row };
  }
  return undefined;
}

/** The account read with the code, if this request read exactly that one. */
export function readAheadUser(id: string): AccountUser | undefined {
  const account = currentReadAhead()?.related?.account;
  return account?.id === id ? account.user : undefined;
}
