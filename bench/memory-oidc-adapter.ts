// An oidc-provider adapter on plain Maps for the bench's oidc-provider-alone ceiling: no database
// and no eviction (oidc-provider's own quick-start adapter keeps 1,000 entries, fewer than one
// bench run mints). Expiry is honoured on read. Lives as long as its process.
import type { Adapter, AdapterPayload } from "oidc-provider";

type Entry = { payload: AdapterPayload; expiresAt: number | undefined };

export function createMemoryAdapterFactory(): (model: string) => Adapter {
  const entries = new Map<string, Entry>();
  const uids = new Map<string, string>();
  const userCodes = new Map<string, string>();
  const byGrant = new Map<string, string[]>();
  const live = (key: string | undefined) => {
    const entry = key === undefined ? undefined : entries.get(key);
    return entry === undefined || (entry.expiresAt !== undefined && entry.expiresAt <= Date.now())
      ? undefined
      : entry.payload;
  };
  return (model) => {
    const keyOf = (id: string) => `${model}:${id}`;
    return {
      upsert: (id, payload, expiresIn) => {
        const key = keyOf(id);
        entries.set(key, {
          payload,
          expiresAt: expiresIn === undefined ? undefined : Date.now() + expiresIn * 1000,
        });
        if (payload.uid !== undefined) {
          uids.set(payload.uid, key);
        }
        if (payload.userCode !== undefined) {
          userCodes.set(payload.userCode, key);
        }
        if (payload.grantId !== undefined && model !== "Grant") {
          byGrant.set(payload.grantId, [...(byGrant.get(payload.grantId) ?? []), key]);
        }
        return Promise.resolve();
      },
      find: (id) => Promise.resolve(live(keyOf(id))),
      findByUid: (uid) => Promise.resolve(live(uids.get(uid))),
      findByUserCode: (userCode) => Promise.resolve(live(userCodes.get(userCode))),
      consume: (id) => {
        const entry = entries.get(keyOf(id));
        if (entry !== undefined) {
          entry.payload = { ...entry.payload, consumed: Math.floor(Date.now() / 1000) };
        }
        return Promise.resolve();
      },
      destroy: (id) => Promise.resolve(void entries.delete(keyOf(id))),
      revokeByGrantId: (grantId) => {
        for (const key of byGrant.get(grantId) ?? []) {
          entries.delete(key);
        }
        byGrant.delete(grantId);
        return Promise.resolve();
      },
    };
  };
}
