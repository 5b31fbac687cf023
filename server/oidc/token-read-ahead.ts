// One token request's SQL gathered (issue 14). oidc-provider asks its adapter for the client, the
// authorization code, the code's session and grant, and the account one at a time; here the
// client's app row comes with the code it presents, and the session, grant and account come in a
// second read (the SQL is in token-statements.ts). Each answer is kept for the request that read
// it (oidc-provider's own request context) and given back only for exactly the key it was read
// under; anything else reads as before. The code's consumption is written with the access token,
// see oidc-adapter.ts.
import Provider from "oidc-provider";
import type { OidcPayloadsTable } from "../storage/apps-schema.ts";
import type { Db } from "../storage/database.ts";
import { clientColumns, type ClientApp } from "./oidc-clients.ts";
import { storedIdOf } from "./stored-ids.ts";
import {
  readAccountWithSessionAndGrant,
  readClientWithCode,
  type AccountUser,
} from "./token-statements.ts";

export type PayloadRow = Pick<OidcPayloadsTable, "payload" | "expires_at" | "consumed_at">;

type ReadAhead = {
  code?: { id: string; row: PayloadRow | undefined };
  related?: {
    session: { uid: string; row: PayloadRow | undefined };
    grant: { id: string; row: PayloadRow | undefined };
    account: { id: string; user: AccountUser };
  };
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

/**
 * The OIDC app with this client_id, and in the same statement the authorization code the token
 * request presents (when it is one and the code is a value worth looking up).
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
  const [row] = (
    await db.executeQuery(readClientWithCode(db, clientId, storedIdOf("AuthorizationCode", codeId)))
  ).rows;
  if (row === undefined) {
    return undefined;
  }
  const { code_payload, code_expires_at, code_consumed_at, ...app } = row;
  const code =
    code_payload === null
      ? undefined
      : { payload: code_payload, expires_at: code_expires_at, consumed_at: code_consumed_at };
  readAheads.set(context, { code: { id: codeId, row: code } });
  return app;
}

/**
 * The authorization code read with its client, if this request read that very code. Reading it
 * also reads, in one statement, the session, grant and account the code names.
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
  if (row !== undefined) {
    readAhead.related = await readRelated(db, row.payload);
  }
  return { row };
}

async function readRelated(db: Db, codePayload: string): Promise<ReadAhead["related"]> {
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
  const [row] = (
    await db.executeQuery(readAccountWithSessionAndGrant(db, code.accountId, sessionUid, grantId))
  ).rows;
  if (row === undefined) {
    return undefined; // no such account: each lookup reads (and finds nothing) on its own
  }
  const {
    session_payload,
    session_expires_at,
    session_consumed_at,
    grant_payload,
    grant_expires_at,
    grant_consumed_at,
    ...user
  } = row;
  return {
    session: {
      uid: sessionUid,
      row:
        session_payload === null
          ? undefined
          : {
              payload: session_payload,
              expires_at: session_expires_at,
              consumed_at: session_consumed_at,
            },
    },
    grant: {
      id: grantId,
      row:
        grant_payload === null
          ? undefined
          : {
              payload: grant_payload,
              expires_at: grant_expires_at,
              consumed_at: grant_consumed_at,
            },
    },
    account: { id: code.accountId, user },
  };
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
