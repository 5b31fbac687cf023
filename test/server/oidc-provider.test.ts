// The OpenID Provider's code flow against a real relying party (openid-client): discovery, launch →
// initiate-login → authorization code + PKCE → tokens → userinfo for a public and a confidential
// client, and the token endpoint's refusals: a reused code, a wrong or missing PKCE verifier, an
// authorization request without S256 PKCE. Refused redirects and launches:
// test/server/oidc-authorization-refusals.test.ts.
import * as client from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addAssignedOidcApp,
  launchAndAuthorize,
  listenOnLocalhost,
  relyingPartyFor,
  rpRedirectUri as redirectUri,
  s256Challenge,
  type OidcApp,
} from "../fixtures/oidc-apps.ts";
import { SsoBrowser } from "../fixtures/sso-browser.ts";
import {
  createTestUser,
  startTestServer,
  type TestServer,
  type TestUser,
} from "../fixtures/test-server.ts";

let server: TestServer;
let origin: string;
let alice: TestUser;
let publicRp: OidcApp;
let confidentialRp: OidcApp;

beforeAll(async () => {
  server = await startTestServer("sqlite", { config: { publicUrl: undefined } });
  origin = await listenOnLocalhost(server);
  alice = await createTestUser(server);
  const users = [alice];
  publicRp = await addAssignedOidcApp(server, { name: "Public RP", confidential: false, users });
  confidentialRp = await addAssignedOidcApp(server, {
    name: "Confidential RP",
    confidential: true,
    users,
  });
});
afterAll(() => server.close());

async function signedInBrowser(): Promise<SsoBrowser> {
  const browser = new SsoBrowser(origin);
  await browser.signIn(alice.email, alice.password);
  return browser;
}

describe("the OpenID Provider's code flow with a real relying party", () => {
  it("publishes discovery with the code flow, S256 PKCE and our issuer", async () => {
    const config = await relyingPartyFor(origin, publicRp);
    const metadata = config.serverMetadata();
    expect(metadata.issuer).toBe(`${origin}/oidc`);
    expect(metadata.response_types_supported).toEqual(["code"]);
    expect(metadata.code_challenge_methods_supported).toEqual(["S256"]);
    expect(metadata.jwks_uri).toBe(`${origin}/oidc/jwks`);
    // No flow whose entries would be found by a key other than their (hashed) id, nor one whose
    // tokens the app catalog does not manage (server/oidc/stored-ids.ts, oidc-adapter.ts).
    expect(metadata.device_authorization_endpoint).toBeUndefined();
    expect(metadata.backchannel_authentication_endpoint).toBeUndefined();
    expect(metadata.registration_endpoint).toBeUndefined();
    expect(metadata.grant_types_supported).toEqual(["authorization_code"]);
  });

  it("completes authorization code + PKCE from a launch and serves userinfo", async () => {
    for (const rp of [publicRp, confidentialRp]) {
      const config = await relyingPartyFor(origin, rp);
      const verifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const browser = await signedInBrowser();
      const landed = await launchAndAuthorize(browser, rp.appId, () =>
        client.buildAuthorizationUrl(config, {
          redirect_uri: redirectUri,
          scope: "openid email profile",
          state,
          code_challenge: s256Challenge(verifier),
          code_challenge_method: "S256",
        }),
      );
      expect(landed.location?.startsWith(`${redirectUri}?`)).toBe(true);
      const tokens = await client.authorizationCodeGrant(config, new URL(landed.location ?? ""), {
        pkceCodeVerifier: verifier,
        expectedState: state,
      });
      const claims = tokens.claims();
      expect(claims?.sub).toBe(alice.id);
      const userinfo = await client.fetchUserInfo(config, tokens.access_token, alice.id);
      expect(userinfo.email).toBe(alice.email);
    }
  });

  it("refuses a reused authorization code", async () => {
    const config = await relyingPartyFor(origin, publicRp);
    const verifier = client.randomPKCECodeVerifier();
    const browser = await signedInBrowser();
    const landed = await launchAndAuthorize(browser, publicRp.appId, () =>
      client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: "openid",
        code_challenge: s256Challenge(verifier),
        code_challenge_method: "S256",
      }),
    );
    const callback = new URL(landed.location ?? "");
    await client.authorizationCodeGrant(config, callback, { pkceCodeVerifier: verifier });
    await expect(
      client.authorizationCodeGrant(config, callback, { pkceCodeVerifier: verifier }),
    ).rejects.toMatchObject({ error: "invalid_grant" });
  });

  it("refuses a wrong or missing PKCE verifier at the token endpoint", async () => {
    const config = await relyingPartyFor(origin, publicRp);
    for (const presented of ["wrong", "missing"] as const) {
      const verifier = client.randomPKCECodeVerifier();
      const browser = await signedInBrowser();
      const landed = await launchAndAuthorize(browser, publicRp.appId, () =>
        client.buildAuthorizationUrl(config, {
          redirect_uri: redirectUri,
          scope: "openid",
          code_challenge: s256Challenge(verifier),
          code_challenge_method: "S256",
        }),
      );
      const code = new URL(landed.location ?? "").searchParams.get("code") ?? "";
      const response = await fetch(`${origin}/oidc/token`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({
          grant_type: "authorization_code",
          code,
          redirect_uri: redirectUri,
          client_id: publicRp.clientId,
          ...(presented === "wrong" ? { code_verifier: client.randomPKCECodeVerifier() } : {}),
        }).toString(),
      });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: string }).error).toBe("invalid_grant");
    }
  });

  it("refuses authorization requests without PKCE or with the plain method", async () => {
    const verifier = client.randomPKCECodeVerifier();
    const variants: Record<string, string>[] = [
      {},
      { code_challenge: verifier, code_challenge_method: "plain" },
    ];
    for (const pkce of variants) {
      const browser = await signedInBrowser();
      const landed = await launchAndAuthorize(browser, publicRp.appId, () => {
        const url = new URL(`${origin}/oidc/auth`);
        url.search = new URLSearchParams({
          client_id: publicRp.clientId,
          response_type: "code",
          redirect_uri: redirectUri,
          scope: "openid",
          ...pkce,
        }).toString();
        return url;
      });
      // The redirect_uri is registered, so the error goes back to the app — never a code.
      const back = new URL(landed.location ?? "");
      expect(back.searchParams.get("code")).toBeNull();
      expect(back.searchParams.get("error")).toBe("invalid_request");
    }
  });
});
