// oidc-provider's storage adapter on our database (both dialects): one `oidc_payloads` table
// keyed by model and id, with the grant, uid and user-code lookups its Adapter interface needs.
// Clients are not stored here: the Client model reads the app catalog. Consuming a code is one
// conditional UPDATE, so a code raced by two token requests is redeemed once (RFC 6749 §4.1.2).
import { errors, type Adapter, type AdapterPayload } from "oidc-provider";
import { isSingleLineText } from "../schemas/strings.ts";
import type { Db } from "../storage/database.ts";
import { clientMetadataFor } from "./oidc-clients.ts";

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
    find: (id) => (isLookupValue(id) ? clientMetadataFor(db, id) : Promise.resolve(undefined)),
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
  const findWhere = async (column: "id" | "uid" | "user_code", value: string) => {
    if (!isLookupValue(value)) {
      return undefined;
    }
    const row = await db
      .selectFrom("oidc_payloads")
      .select(["payload", "expires_at", "consumed_at"])
      .where("model", "=", model)
      .where(column, "=", value)
      .executeTakeFirst();
    if (row === undefined || (row.expires_at !== null && row.expires_at <= now())) {
      return undefined;
    }
    const payload = JSON.parse(row.payload) as AdapterPayload;
    return row.consumed_at === null
      ? payload
      : { ...payload, consumed: Math.floor(row.consumed_at / 1000) };
  };

  return {
    async upsert(id, payload, expiresIn) {
      const values = {
        payload: JSON.stringify(payload),
        grant_id: grantable.has(model) || model === "Grant" ? (payload.grantId ?? null) : null,
        uid: payload.uid ?? null,
        user_code: payload.userCode ?? null,
        expires_at: expiresIn === undefined ? null : now() + expiresIn * 1000,
      };
      await db
        .insertInto("oidc_payloads")
        .values({ model, id, ...values, consumed_at: null })
        .onConflict((conflict) => conflict.columns(["model", "id"]).doUpdateSet(values))
        .execute();
    },
    find: (id) => findWhere("id", id),
    findByUid: (uid) => findWhere("uid", uid),
    findByUserCode: (userCode) => findWhere("user_code", userCode),
    async consume(id) {
      const result = await db
        .updateTable("oidc_payloads")
        .set({ consumed_at: now() })
        .where("model", "=", model)
        .where("id", "=", id)
        .where("consumed_at", "is", null)
        .executeTakeFirst();
      if (result.numUpdatedRows === 0n) {
        // RFC 6749 §4.1.2: an authorization code is used once; the losing request gets invalid_grant.
        throw new errors.InvalidGrant("grant request is invalid");
      }
    },
    async destroy(id) {
      await db
        .deleteFrom("oidc_payloads")
        .where("model", "=", model)
        .where("id", "=", id)
        .execute();
    },
    async revokeByGrantId(grantId) {
      await db.deleteFrom("oidc_payloads").where("grant_id", "=", grantId).execute();
    },
  };
}

/** Drops expired entries; run now and then so the table does not grow without bound. */
export async function sweepExpiredOidcPayloads(db: Db): Promise<void> {
  await db.deleteFrom("oidc_payloads").where("expires_at", "<", Date.now()).execute();
}
