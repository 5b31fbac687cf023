// The OpenID Provider against a real relying party (openid-client): launch → initiate-login →
// authorization code + PKCE → tokens → userinfo, and the attacks it must refuse: redirect_uri
// variants, missing/plain/wrong PKCE, a reused code, a launch hand-off for another app.
import { createHash } from "node:crypto";
import * as client from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeAssignment, createApp } from "../../server/admin/app-admin.ts";
import { SsoBrowser } from "../fixtures/sso-browser.ts";
import {
  createTestUser,
  startTestServer,
  type TestServer,
  type TestUser,
} from "../fixtures/test-server.ts";

const redirectUri = "https://rp.example.com/callback";
const initiateLoginUri = "https://rp.example.com/login";

let server: TestServer;
let origin: string;
let alice: TestUser;
let publicClientId: string;
let confidential: { clientId: string; secret: string };
let otherAppClientId: string;

async function addOidcApp(name: string, options: { confidential?: boolean } = {}) {
  const actor = { db: server.context.db, now: server.clock.now(), actorId: null };
  const created = await createApp(actor, "oidc", {
    displayName: name,
    oidc: { redirectUris: [redirectUri], initiateLoginUri, ...options },
  });
  if (!created.ok) {
    throw new Error(JSON.stringify(created));
  }
  await changeAssignment(
    actor,
    { appId: created.value.app.id, principalType: "user", principalId: alice.id },
    true,
  );
  return { app: created.value.app, secret: created.value.clientSecret };
}

async function relyingParty(clientId: string, secret?: string): Promise<client.Configuration> {
  return client.discovery(
    new URL(`${origin}/oidc`),
    clientId,
    undefined,
    secret === undefined ? client.None() : client.ClientSecretBasic(secret),
    { execute: [client.allowInsecureRequests] },
  );
}

/** Launch from the portal, then play the RP's part: the authorization request it would send. */
async function launchAndAuthorize(
  browser: SsoBrowser,
  appId: string,
  authorization: (iss: string) => URL,
) {
  const launch = await browser.request(`/api/apps/${appId}/launch`, { json: {} });
  const { url } = JSON.parse(launch.body) as { url: string };
  const initiated = await browser.request(url);
  expect(initiated.status).toBe(303);
  const initiate = new URL(initiated.location ?? "");
  expect(`${initiate.origin}${initiate.pathname}`).toBe(initiateLoginUri);
  return browser.follow(authorization(initiate.searchParams.get("iss") ?? "").href);
}

/** RFC 7636 §4.2: BASE64URL(SHA256(ASCII(code_verifier))), synchronous for URL builders. */
function s256Challenge(verifier: string): string {
  return createHash("sha256").update(verifier).digest("base64url");
}

async function appIdOf(clientId: string): Promise<string> {
  const row = await server.context.db
    .selectFrom("apps")
    .select("id")
    .where("oidc_client_id", "=", clientId)
    .executeTakeFirstOrThrow();
  return row.id;
}

beforeAll(async () => {
  server = await startTestServer("sqlite", { config: { publicUrl: undefined } });
  await server.app.listen({ host: "localhost", port: 0 });
  const address = server.app.server.address();
  origin = `http://localhost:${typeof address === "object" && address !== null ? address.port : 0}`;
  alice = await createTestUser(server);
  publicClientId = (await addOidcApp("Public RP")).app.oidc_client_id ?? "";
  const withSecret = await addOidcApp("Confidential RP", { confidential: true });
  confidential = { clientId: withSecret.app.oidc_client_id ?? "", secret: withSecret.secret ?? "" };
  otherAppClientId = (await addOidcApp("Other RP")).app.oidc_client_id ?? "";
});
afterAll(() => server.close());

async function signedInBrowser(): Promise<SsoBrowser> {
  const browser = new SsoBrowser(origin);
  await browser.signIn(alice.email, alice.password);
  return browser;
}

describe("OpenID Provider with a real relying party", () => {
  it("publishes discovery with the code flow, S256 PKCE and our issuer", async () => {
    const config = await relyingParty(publicClientId);
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
    for (const rp of [
      { clientId: publicClientId, secret: undefined },
      { clientId: confidential.clientId, secret: confidential.secret },
    ]) {
      const config = await relyingParty(rp.clientId, rp.secret);
      const verifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const browser = await signedInBrowser();
      const landed = await launchAndAuthorize(browser, await appIdOf(rp.clientId), () =>
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
    const config = await relyingParty(publicClientId);
    const verifier = client.randomPKCECodeVerifier();
    const browser = await signedInBrowser();
    const landed = await launchAndAuthorize(browser, await appIdOf(publicClientId), () =>
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
    const config = await relyingParty(publicClientId);
    for (const presented of ["wrong", "missing"] as const) {
      const verifier = client.randomPKCECodeVerifier();
      const browser = await signedInBrowser();
      const landed = await launchAndAuthorize(browser, await appIdOf(publicClientId), () =>
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
          client_id: publicClientId,
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
      const landed = await launchAndAuthorize(browser, await appIdOf(publicClientId), () => {
        const url = new URL(`${origin}/oidc/auth`);
        url.search = new URLSearchParams({
          client_id: publicClientId,
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

  it("never redirects to a redirect_uri that is not registered exactly", async () => {
    const variants = [
      "https://rp.example.com/other",
      "https://rp.example.com/callback?extra=1",
      "https://rp.example.com@evil.example/callback",
      "https://rp.example.com%2Fcallback",
      "https://rp.example.com/callback%252F",
      "https://rp.example.com/callback/",
      "https://RP.example.com/callback",
      "http://rp.example.com/callback",
      "http://127.0.0.1/callback",
    ];
    const browser = await signedInBrowser();
    for (const variant of variants) {
      const url = new URL(`${origin}/oidc/auth`);
      url.search = new URLSearchParams({
        client_id: publicClientId,
        response_type: "code",
        redirect_uri: variant,
        scope: "openid",
        code_challenge: s256Challenge(client.randomPKCECodeVerifier()),
        code_challenge_method: "S256",
      }).toString();
      const answer = await browser.request(url.href);
      expect(answer.location, variant).toBeUndefined();
      expect(answer.status, variant).toBe(400);
      expect(answer.body).toContain("Return to portal");
    }
  });

  it("refuses a loopback variant of a localhost redirect_uri", async () => {
    const actor = { db: server.context.db, now: server.clock.now(), actorId: null };
    const created = await createApp(actor, "oidc", {
      displayName: "Local RP",
      oidc: {
        redirectUris: ["http://localhost:5555/cb"],
        initiateLoginUri: "http://localhost:5555/",
      },
    });
    expect(created.ok).toBe(true);
    const clientId = created.ok ? (created.value.app.oidc_client_id ?? "") : "";
    const browser = await signedInBrowser();
    for (const variant of [
      "http://127.0.0.1:5555/cb",
      "http://[::1]:5555/cb",
      "http://localhost:5556/cb",
    ]) {
      const url = new URL(`${origin}/oidc/auth`);
      url.search = new URLSearchParams({
        client_id: clientId,
        response_type: "code",
        redirect_uri: variant,
        scope: "openid",
        code_challenge: s256Challenge(client.randomPKCECodeVerifier()),
        code_challenge_method: "S256",
      }).toString();
      const answer = await browser.request(url.href);
      expect(answer.location, variant).toBeUndefined();
    }
  });

  it("does not let one app's launch sign the user in to another app", async () => {
    const config = await relyingParty(otherAppClientId);
    const browser = new SsoBrowser(origin); // the system browser: no portal session
    const portal = await signedInBrowser();
    const launch = await portal.request(`/api/apps/${await appIdOf(publicClientId)}/launch`, {
      json: {},
    });
    const { url } = JSON.parse(launch.body) as { url: string };
    expect((await browser.request(url)).status).toBe(303);
    const landed = await browser.follow(
      client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: "openid",
        code_challenge: s256Challenge(client.randomPKCECodeVerifier()),
        code_challenge_method: "S256",
      }).href,
    );
    expect(landed.status).toBe(403);
    expect(landed.location).toBeUndefined();
    expect(landed.body).toContain("another app");
  });

  it("does not open an app that requires MFA from a portal session alone", async () => {
    const { app } = await addOidcApp("Strict RP");
    await server.context.db
      .updateTable("apps")
      .set({ require_mfa: 1 })
      .where("id", "=", app.id)
      .execute();
    const config = await relyingParty(app.oidc_client_id ?? "");
    const browser = await signedInBrowser();
    const landed = await browser.follow(
      client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: "openid",
        code_challenge: s256Challenge(client.randomPKCECodeVerifier()),
        code_challenge_method: "S256",
      }).href,
    );
    expect(landed.status).toBe(403);
    expect(landed.location).toBeUndefined();
    expect(landed.body).toContain("Open this app from your portal");
  });

  it("asks a browser with neither a launch nor a portal session to sign in", async () => {
    const config = await relyingParty(publicClientId);
    const browser = new SsoBrowser(origin);
    const landed = await browser.follow(
      client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: "openid",
        code_challenge: s256Challenge(client.randomPKCECodeVerifier()),
        code_challenge_method: "S256",
      }).href,
    );
    expect(landed.status).toBe(401);
    expect(landed.body).toContain("Sign in to Gatehouse");
    expect(landed.location).toBeUndefined();
  });
});
