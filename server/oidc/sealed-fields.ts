// Payload fields of oidc-provider entries that copy a value a browser holds, sealed with AES-256-GCM
// (lib/secret-box.ts) under a key derived from the entry's own id: the database keeps only the
// ciphertext and SHA-256 of the id (stored-ids.ts), so only whoever presents the id (the cookie)
// can open them. An entry read by another key (a Session by uid) comes back without them.
import { hkdfSync } from "node:crypto";
import type { AdapterPayload } from "oidc-provider";
import { systemRandom } from "../lib/clock.ts";
import { openSecret, sealSecret } from "../lib/secret-box.ts";

/** Where the sealed fields sit in a stored payload; no oidc-provider model has such a field. */
export const sealedProperty = "gatehouse_sealed";

/** Times and kind stay readable: the adapter and the expiry sweep need no secret for them. */
const clearFields = new Set(["iat", "exp", "kind"]);

/** Per model, which fields are sealed (node_modules/oidc-provider/lib/models/ for the payloads). */
const sealedFieldsOf: Record<string, (field: string) => boolean> = {
  // oidc-provider's resume (node_modules/oidc-provider/lib/actions/authorization/resume.js) keeps
  // the logout form's xsrf secret and the resume URL, which ends with an interaction's id, in
  // `state`. Its reads by uid (`checkSessionBinding`, `Provider#interactionDetails`) never use it.
  Session: (field) => field === "state",
  // All but its times: `returnTo` ends with its own id, `session.cookie` is the session's id,
  // `parJti` and `deviceCode` name other entries. It is only ever found by its id, so nothing
  // needs a field of it without the cookie.
  Interaction: (field) => !clearFields.has(field),
};

function keyOf(model: string, id: string): Buffer {
  // RFC 5869 HKDF: the id (≥ 126 random bits) is the input key material; SHA-256(id), which the
  // database holds, says nothing about it.
  return Buffer.from(hkdfSync("sha256", id, "", `gatehouse oidc ${model} fields`, 32));
}

/** The payload with the fields of this model that copy a held value sealed under the id. */
export function sealFields(model: string, id: string, payload: AdapterPayload): AdapterPayload {
  const isSealed = sealedFieldsOf[model];
  if (isSealed === undefined) {
    return payload;
  }
  const entries = Object.entries(payload);
  // fromEntries defines own properties: a field named __proto__ stays a field.
  const clear = Object.fromEntries(entries.filter(([field]) => !isSealed(field)));
  const sealed = Object.fromEntries(entries.filter(([field]) => isSealed(field)));
  if (Object.keys(sealed).length === 0) {
    return clear;
  }
  const text = JSON.stringify(sealed);
  return { ...clear, [sealedProperty]: sealSecret(keyOf(model, id), text, model, systemRandom) };
}

/** The payload as it was written, opened with the id it was found by; throws if tampered with. */
export function openFields(model: string, id: string, stored: AdapterPayload): AdapterPayload {
  const { [sealedProperty]: sealed, ...clear } = stored;
  if (typeof sealed !== "string") {
    return clear;
  }
  const fields = JSON.parse(openSecret(keyOf(model, id), sealed, model)) as AdapterPayload;
  return { ...clear, ...fields };
}

/** The payload read without the id (a Session found by uid): its sealed fields left out. */
export function withoutSealedFields(stored: AdapterPayload): AdapterPayload {
  const clear = { ...stored };
  delete clear[sealedProperty];
  return clear;
}
