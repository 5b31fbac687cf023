// OIDC client metadata (OIDC Registration §2) from the app catalog: exact redirect URIs, the
// code flow only, and client authentication by a hashed secret (confidential) or none (public,
// PKCE alone). The stored "client_secret" is SHA-256 of the real one; see oidc-provider.ts for
// how it is compared, and why it can never be used as an HMAC key.
import type { ClientMetadata } from "oidc-provider";
import type { App } from "../storage/apps-schema.ts";
import type { Db } from "../storage/database.ts";

/** The catalog's OIDC app with this client_id, if any. */
export function findAppByClientId(db: Db, clientId: string): Promise<App | undefined> {
  return db
    .selectFrom("apps")
    .selectAll()
    .where("kind", "=", "oidc")
    .where("oidc_client_id", "=", clientId)
    .executeTakeFirst();
}

/** The app's columns its OIDC client metadata is made of (clientMetadataOf below). */
export const clientColumns = [
  "kind",
  "display_name",
  "oidc_client_id",
  "oidc_client_secret_hash",
  "oidc_redirect_uris",
  "oidc_scopes",
  "oidc_token_endpoint_auth_method",
  "oidc_id_token_signing_alg",
] as const satisfies readonly (keyof App)[];
export type ClientApp = Pick<App, (typeof clientColumns)[number]>;

/** The client metadata of a catalog app; undefined for an app that is no OIDC client. */
export function clientMetadataOf(app: ClientApp): ClientMetadata | undefined {
  if (app.kind !== "oidc" || app.oidc_client_id === null) {
    return undefined;
  }
  const redirectUris = JSON.parse(app.oidc_redirect_uris ?? "[]") as string[];
  const confidential = app.oidc_client_secret_hash !== null;
  return {
    client_id: app.oidc_client_id,
    ...(confidential ? { client_secret: app.oidc_client_secret_hash ?? "" } : {}),
    client_name: app.display_name,
    redirect_uris: redirectUris,
    grant_types: ["authorization_code"],
    response_types: ["code"],
    // Enforced as registered: see compareClientSecret in oidc-provider.ts.
    token_endpoint_auth_method: confidential
      ? (app.oidc_token_endpoint_auth_method ?? "client_secret_basic")
      : "none",
    // Clients registered before migration 0090 have RS256 stored; a missing value means the same.
    id_token_signed_response_alg: app.oidc_id_token_signing_alg ?? "RS256",
    scope: app.oidc_scopes ?? "openid",
  };
}
