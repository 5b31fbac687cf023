// What oidc-provider's bearer values are stored under. For an authorization code, an access,
// refresh or client-credentials token the entry's id *is* the value the client presents
// (oidc-provider's opaque format), so it is stored as SHA-256 of itself, and the payload's copy
// (`jti`) is left out: a read of the database hands nobody a usable token (docs/design.md §5:
// every token hashed at rest). Lookups come with the presented value, which gives `jti` back.
// Sessions, interactions and grants are found by other keys too (uid, grant id), so they keep
// their ids; none of them is a bearer credential on its own.
import { createHash } from "node:crypto";
import type { AdapterPayload } from "oidc-provider";

const bearerModels = new Set([
  "AuthorizationCode",
  "AccessToken",
  "RefreshToken",
  "ClientCredentials",
]);

/** The id an entry of this model is stored and looked up under. */
export function storedIdOf(model: string, id: string): string {
  return bearerModels.has(model) ? createHash("sha256").update(id).digest("base64url") : id;
}

/** The payload as stored: without the bearer value itself. */
export function storedPayloadOf(model: string, payload: AdapterPayload): AdapterPayload {
  if (!bearerModels.has(model)) {
    return payload;
  }
  const stored = { ...payload };
  delete stored.jti;
  return stored;
}

/** The payload as oidc-provider wrote it, from what was stored and the value it was found by. */
export function restoredPayloadOf(
  model: string,
  id: string,
  stored: AdapterPayload,
): AdapterPayload {
  return bearerModels.has(model) ? { ...stored, jti: id } : stored;
}
