// oidc-provider's storage adapter on our database (both dialects): one `oidc_payloads` table
// keyed by model and id, with the grant, uid and user-code lookups its Adapter interface needs.
// Clients are not stored here: the Client model reads the app catalog. Consuming a code is one
// conditional UPDATE, so a code raced by two token requests is redeemed once (RFC 6749 §4.1.2);
// in a token request it is written in one transaction with the access token it pays for, and the
// request's reads come from token-read-ahead.ts. Every entry but a grant is stored under SHA-256 of
// its id (codes, tokens, the session and interaction cookies: stored-ids.ts).
import { errors, type Adapter, type AdapterPayload } from "oidc-provider";
import { isSingleLineText } from "../schemas/strings.ts";
import type { Db } from "../storage/database.ts";
import { isPostgres } from "../storage/dialect.ts";
import { writeTogether } from "../storage/writes-together.ts";
import { clientMetadataOf } from "./oidc-clients.ts";
import {
  payloadFoundByOtherKey,
  restoredPayloadOf,
  storedIdOf,
  storedPayloadOf,
} from "./stored-ids.ts";
import {
  currentReadAhead,
  readAheadPayload,
  readClientApp,
  takeReadAheadCode,
  type PayloadRow,
} from "./token-read-ahead.ts";
import { spendCodeStoringToken } from "./token-statements-postgres.ts";
import { consumeEntry, upsertEntry } from "./token-statements.ts";

/**
 * Ids, uids and codes come straight from the request (client_id, code, cookies): one that no
 * stored entry can have is not looked up at all, so a NUL byte never reaches PostgreSQL.
 */
const maxLookupLength = 1024;
function isLookupValue(value: string): boolean {
  return value.length > 0 && value.length <= maxLookupLength && isSingleLineText(value);
}

/** Models whose entries belong to a grant and go when it is revoked. */
const grantable = new Set([
  "AccessToken",
  "AuthorizationCode",
  "RefreshToken",
  "DeviceCode",
  "BackchannelAuthenticationRequest",
]);

export function createOidcAdapterFactory(db: Db): (model: string) => Adapter {
  return (model) => (model === "Client" ? clientAdapter(db) : payloadAdapter(db, model));
}

function clientAdapter(db: Db): Adapter {
  const unsupported = () => Promise.reject(new Error("Clients are managed in the app catalog"));
  return {
    find: async (id) => {
      if (!isLookupValue(id)) {
        return undefined;
      }
      const app = await readClientApp(db, id, isLookupValue);
      return app === undefined ? undefined : clientMetadataOf(app);
    },
    upsert: unsupported,
    findByUid: () => Promise.resolve(undefined),
    findByUserCode: () => Promise.resolve(undefined),
    consume: unsupported,
    destroy: unsupported,
    revokeByGrantId: () => Promise.resolve(undefined),
  };
}

function payloadAdapter(db: Db, model: string): Adapter {
  // oidc-provider computes expiry with the wall clock (it takes no clock), so this does too.
  const now = () => Date.now();
  const payloadOf = (row: PayloadRow | undefined, foundBy: { column: string; value: string }) => {
    if (row === undefined || (row.expires_at !== null && row.expires_at <= now())) {
      return undefined;
    }
    const stored = JSON.parse(row.payload) as AdapterPayload;
    const payload =
      foundBy.column === "id"
        ? restoredPayloadOf(model, foundBy.value, stored)
        : payloadFoundByOtherKey(stored);
    return row.consumed_at === null
      ? payload
      : { ...payload, consumed: Math.floor(row.consumed_at / 1000) };
  };
  const findWhere = async (column: "id" | "uid", value: string) => {
    if (!isLookupValue(value)) {
      return undefined;
    }
    const readAhead =
      model === "AuthorizationCode" && column === "id"
        ? await takeReadAheadCode(db, value)
        : readAheadPayload(model, column, value);
    const foundBy = { column, value };
    if (readAhead !== undefined) {
      return payloadOf(readAhead.row, foundBy);
    }
    return payloadOf(
      await db
        .selectFrom("oidc_payloads")
        .select(["payload", "expires_at", "consumed_at"])
        .where("model", "=", model)
        .where(column, "=", column === "id" ? storedIdOf(model, value) : value)
        .executeTakeFirst(),
      foundBy,
    );
  };

  return {
    async upsert(id, payload, expiresIn) {
      const entry = {
        id: storedIdOf(model, id),
        payload: JSON.stringify(storedPayloadOf(model, id, payload)),
        grantId: grantable.has(model) || model === "Grant" ? (payload.grantId ?? null) : null,
        expiresAt: expiresIn === undefined ? null : now() + expiresIn * 1000,
      };
      const insert = upsertEntry(
        db,
        model,
        entry.id,
        entry.payload,
        entry.grantId,
        payload.uid ?? null,
        null, // the user code is never looked up, see findByUserCode
        entry.expiresAt,
      );
      const readAhead = currentReadAhead();
      const codeId = readAhead?.consumedCode;
      if (model !== "AccessToken" || readAhead === undefined || codeId === undefined) {
        await db.executeQuery(insert);
        return;
      }
      readAhead.consumedCode = undefined;
      // The code is spent and its access token stored together, or neither is.
      const codeStoredId =
        readAhead.code?.id === codeId
          ? readAhead.code.storedId
          : storedIdOf("AuthorizationCode", codeId);
      const spent = isPostgres(db)
        ? ((await db.executeQuery(spendCodeStoringToken(codeStoredId, now(), entry)))
            .numAffectedRows ?? 0n) > 0n
        : await writeTogether(db, [
            {
              statement: consumeEntry(db, "AuthorizationCode", codeStoredId, now()),
              mustChange: true,
            },
            { statement: insert },
          ]);
      if (!spent) {
        throw refuseSpent();
      }
    },
    find: (id) => findWhere("id", id),
    findByUid: (uid) => findWhere("uid", uid),
    // Only the device flow (off: oidc-provider.ts enables no deviceFlow) finds a DeviceCode by its
    // user code, and then saves it back under its id, which is not stored (stored-ids.ts): refuse
    // rather than let it write a copy under a new id.
    findByUserCode: () => Promise.reject(new Error("Device codes are not found by user code")),
    async consume(id) {
      const readAhead = currentReadAhead();
      if (model === "AuthorizationCode" && readAhead?.code?.id === id) {
        // Written with the access token (upsert above): no token, no spent code.
        readAhead.consumedCode = id;
        return;
      }
      if (!(await consumeOnce(db, model, id, now()))) {
        throw refuseSpent();
      }
    },
    async destroy(id) {
      await db
        .deleteFrom("oidc_payloads")
        .where("model", "=", model)
        .where("id", "=", storedIdOf(model, id))
        .execute();
    },
    async revokeByGrantId(grantId) {
      await db.deleteFrom("oidc_payloads").where("grant_id", "=", grantId).execute();
    },
  };
}

/** The conditional UPDATE that spends an entry once; false when another request spent it. */
async function consumeOnce(db: Db, model: string, id: string, now: number): Promise<boolean> {
  const result = await db.executeQuery(consumeEntry(db, model, storedIdOf(model, id), now));
  return (result.numAffectedRows ?? 0n) > 0n;
}

/** RFC 6749 §4.1.2: a code is used once; the losing request gets invalid_grant. */
function refuseSpent(): Error {
  return new errors.InvalidGrant("grant request is invalid");
}
