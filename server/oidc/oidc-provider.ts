// The OpenID Provider (panva/oidc-provider) configured for Gatehouse: issuer <portal>/oidc,
// authorization code flow only with PKCE S256 required for every client (RFC 7636; RFC 9700
// §2.1.1), exact redirect URIs, ID tokens signed RS256/ES256 with the organization's stored keys,
// and our own sign-in (portal session or a launch hand-off) as its interaction.
import { hash, timingSafeEqual } from "node:crypto";
import Provider, { errors, type Configuration, type KoaContextWithOIDC } from "oidc-provider";
import { findUserById } from "../storage/users.ts";
import type { Db } from "../storage/database.ts";
import { createOidcAdapterFactory } from "./oidc-adapter.ts";
import { interactionPath, oidcIssuer } from "./oidc-paths.ts";
import { readAheadUser } from "./token-read-ahead.ts";

/** An HTML page with its own Content-Security-Policy. */
export type ErrorPage = { html: string; csp: string };

export type OidcProviderOptions = {
  db: Db;
  origin: string; // the configured public origin; every URL the OP emits starts with it
  /** Private JWKs (RS256/ES256) that sign ID tokens, newest first; `kid` names each. */
  signingKeys: Record<string, string>[];
  /** Keys that sign the OP's own cookies, newest first. */
  cookieKeys: string[];
  https: boolean;
  /** The page for a request the OP cannot send back to the app (the portal's launch pages). */
  errorPage: (failure: {
    status: number;
    description: string | undefined;
    /** The browser's languages: the page is in the first one Gatehouse speaks. */
    acceptLanguage: string | undefined;
  }) => ErrorPage;
};

export function createOidcProvider(options: OidcProviderOptions): Provider {
  const configuration: Configuration = {
    adapter: createOidcAdapterFactory(options.db),
    jwks: { keys: options.signingKeys },
    cookies: {
      keys: options.cookieKeys,
      long: { signed: true, httpOnly: true, sameSite: "lax", secure: options.https },
      short: { signed: true, httpOnly: true, sameSite: "lax", secure: options.https },
    },
    // RFC 7636 with S256 only (oidc-provider refuses "plain"); required even for confidential clients.
    pkce: { required: () => true },
    responseTypes: ["code"],
    // OIDC Core §3.1.2.1: redirect_uri is REQUIRED; never infer it, even for a single URI.
    allowOmittingSingleRegisteredRedirectUri: false,
    // The hashed client secret must never serve as an HMAC key: no HS* algorithms, no
    // client_secret_jwt, no symmetric encryption.
    clientAuthMethods: ["none", "client_secret_basic", "client_secret_post"],
    enabledJWA: {
      idTokenSigningAlgValues: ["RS256", "ES256"],
      userinfoSigningAlgValues: ["RS256", "ES256"],
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: false },
      userinfo: { enabled: true },
    },
    scopes: ["openid", "profile", "email"],
    claims: {
      openid: ["sub"],
      email: ["email", "email_verified"],
      profile: ["name", "given_name", "family_name", "preferred_username"],
    },
    ttl: {
      AuthorizationCode: 60,
      AccessToken: 3600,
      IdToken: 3600,
      Interaction: 600,
      Grant: 3600,
      Session: 3600,
    },
    // Every authorization request goes through our interaction, which applies the portal's
    // rules (assignment, per-app MFA) each time: only the grant it just made is reused.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const grantId = ctx.oidc.result?.consent?.grantId;
      return typeof grantId === "string" ? ctx.oidc.provider.Grant.find(grantId) : undefined;
    },
    interactions: { url: (_ctx, interaction) => `${interactionPath}/${interaction.uid}` },
    findAccount: async (_ctx, sub) => {
      // In a token request the account was read with the code (token-read-ahead.ts).
      const user = readAheadUser(sub) ?? (await findUserById(options.db, sub));
      if (user === undefined || user.status !== "active") {
        return undefined;
      }
      return {
        accountId: user.id,
        claims: () => ({
          sub: user.id,
          email: user.email,
          email_verified: true,
          name: user.display_name,
          given_name: user.first_name,
          family_name: user.last_name,
          preferred_username: user.username,
        }),
      };
    },
    // Errors the OP cannot send back to a verified redirect_uri (an unknown client, a redirect_uri
    // that is not registered exactly) are shown here, and never redirect (RFC 6749 §4.1.2.1).
    renderError: (ctx, _out, error) => {
      const page = options.errorPage({
        status: ctx.status >= 400 ? ctx.status : 400,
        description:
          error instanceof Error && "error_description" in error
            ? String(error.error_description)
            : undefined,
        acceptLanguage: ctx.get("accept-language") || undefined,
      });
      ctx.type = "html";
      ctx.set("content-security-policy", page.csp);
      ctx.body = page.html;
    },
  };

  const provider = new Provider(oidcIssuer(options.origin), configuration);
  provider.proxy = true; // the mount sets X-Forwarded-* from the configured origin, see oidc-mount.ts
  // Client secrets are stored as SHA-256 hex (oidc-clients.ts): hash what the client presents and
  // compare in constant time. oidc-provider takes client_secret_basic and client_secret_post as
  // one another; the client must use the method it registered (OIDC Registration §2).
  provider.Client.prototype.compareClientSecret = function compareClientSecret(
    this: { clientSecret?: string; clientAuthMethod?: string },
    actual: string,
  ) {
    const used = secretAuthMethodOf(Provider.ctx);
    if (used !== this.clientAuthMethod) {
      throw new errors.InvalidClientAuth(
        `this client authenticates with ${String(this.clientAuthMethod)}, not ${used}`,
      );
    }
    const stored = Buffer.from(this.clientSecret ?? "", "hex");
    const presented = hash("sha256", actual, "buffer");
    return Promise.resolve(
      stored.length === presented.length && timingSafeEqual(stored, presented),
    );
  };
  return provider;
}

/**
 * Which of the two secret methods a token request used, decided as oidc-provider's client
 * authentication decides it: a non-empty client_secret in the body wins, else the Basic header.
 */
function secretAuthMethodOf(ctx: KoaContextWithOIDC | undefined): string {
  const secret = (ctx?.oidc.params as { client_secret?: unknown } | undefined)?.client_secret;
  return typeof secret === "string" && secret !== "" ? "client_secret_post" : "client_secret_basic";
}
