// What oidc-provider's entries are stored under (docs/design.md §7: tokens hashed at rest). The id
// of nearly every entry is a value someone outside holds: a code or token the client presents,
// the `_session` cookie (`Session.get` in node_modules/oidc-provider/lib/models/session.js), the
// `_interaction` and `_interaction_resume` cookies (`interactions` in
// node_modules/oidc-provider/lib/actions/authorization/interactions.js), a device code, a
// request_uri. So each is stored under SHA-256 of its id, without the id in its payload (`jti`):
// a read of the database hands nobody a usable token or cookie. Lookups come with the presented
// value, which gives `jti` back; fields copying another held value are sealed (sealed-fields.ts).
// Model by model, with the reasons: docs/sso.md, "OIDC entries at rest".
import { hash } from "node:crypto";
import type { AdapterPayload } from "oidc-provider";
import { openFields, sealFields, withoutSealedFields } from "./sealed-fields.ts";

/**
 * A grant's id is no credential: oidc-provider reads a grant only with the id another stored
 * entry names (a code's or token's `grantId`: `validateGrant` in
 * node_modules/oidc-provider/lib/helpers/grant_source.js, and introspection; our interaction's
 * result, oidc-provider.ts loadExistingGrant), never with one from a request; and codes, tokens
 * and sessions name it in the clear anyway.
 */
const keptIds = new Set(["Grant"]);

/**
 * The id an entry of this model is stored and looked up under. The one-shot `hash` costs half of
 * a `createHash` object per call, and a token request hashes a code and a token this way.
 */
export function storedIdOf(model: string, id: string): string {
  return keptIds.has(model) ? id : hash("sha256", id, "base64url");
}

/** The payload as stored: without the id itself, and with the fields that copy one sealed. */
export function storedPayloadOf(
  model: string,
  id: string,
  payload: AdapterPayload,
): AdapterPayload {
  if (keptIds.has(model)) {
    return payload;
  }
  const stored = { ...payload };
  delete stored.jti;
  return sealFields(model, id, stored);
}

/** The payload as oidc-provider wrote it, from what was stored and the id it was found by. */
export function restoredPayloadOf(
  model: string,
  id: string,
  stored: AdapterPayload,
): AdapterPayload {
  return keptIds.has(model) ? stored : { ...openFields(model, id, stored), jti: id };
}

/**
 * The payload of an entry found by another key (a Session by uid, `Session.findByUid`): its id
 * cannot be given back, so oidc-provider gives the instance a fresh one, and its callers there
 * (`checkSessionBinding`, `Provider#interactionDetails`) only read the account and grants; its
 * sealed fields stay sealed.
 */
export function payloadFoundByOtherKey(stored: AdapterPayload): AdapterPayload {
  return withoutSealedFields(stored);
}
