// What the OpenID Provider refuses at the authorization endpoint, with a real relying party
// (openid-client) building the requests: redirect_uri variants of a registered one (never
// redirected to), loopback spellings of a localhost one, one app's launch used for another app,
// an app that requires MFA opened from a portal session alone, and a browser with no session.
import * as client from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../server/admin/app-admin.ts";
import {
  addAssignedOidcApp,
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
let otherRp: OidcApp;

beforeAll(async () => {
  server = await startTestServer("sqlite", { config: { publicUrl: undefined } });
  origin = await listenOnLocalhost(server);
  alice = await createTestUser(server);
  const users = [alice];
  publicRp = await addAssignedOidcApp(server, { name: "Public RP", confidential: false, users });
  otherRp = await addAssignedOidcApp(server, { name: "Other RP", confidential: false, users });
});
afterAll(() => server.close());

async function signedInBrowser(): Promise<SsoBrowser> {
  const browser = new SsoBrowser(origin);
  await browser.signIn(alice.email, alice.password);
  return browser;
}

/** The request an app would send, PKCE S256 included, to `redirect` for `clientId`. */
function authorizationRequest(clientId: string, redirect: string): string {
  const url = new URL(`${origin}/oidc/auth`);
  url.search = new URLSearchParams({
    client_id: clientId,
    response_type: "code",
    redirect_uri: redirect,
    scope: "openid",
    code_challenge: s256Challenge(client.randomPKCECodeVerifier()),
    code_challenge_method: "S256",
  }).toString();
  return url.href;
}

/** The same request as openid-client builds it for a registered app. */
function relyingPartyRequest(config: client.Configuration): string {
  return client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: "openid",
    code_challenge: s256Challenge(client.randomPKCECodeVerifier()),
    code_challenge_method: "S256",
  }).href;
}

describe("the OpenID Provider's authorization endpoint refuses", () => {
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
      const answer = await browser.request(authorizationRequest(publicRp.clientId, variant));
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
      const answer = await browser.request(authorizationRequest(clientId, variant));
      expect(answer.location, variant).toBeUndefined();
    }
  });

  it("does not let one app's launch sign the user in to another app", async () => {
    const config = await relyingPartyFor(origin, otherRp);
    const browser = new SsoBrowser(origin); // the system browser: no portal session
    const portal = await signedInBrowser();
    const launch = await portal.request(`/api/apps/${publicRp.appId}/launch`, {
      json: {},
    });
    const { url } = JSON.parse(launch.body) as { url: string };
    expect((await browser.request(url)).status).toBe(303);
    const landed = await browser.follow(relyingPartyRequest(config));
    expect(landed.status).toBe(403);
    expect(landed.location).toBeUndefined();
    expect(landed.body).toContain("another app");
  });

  it("does not open an app that requires MFA from a portal session alone", async () => {
    const strictRp = await addAssignedOidcApp(server, {
      name: "Strict RP",
      confidential: false,
      users: [alice],
    });
    await server.context.db
      .updateTable("apps")
      .set({ require_mfa: 1 })
      .where("id", "=", strictRp.appId)
      .execute();
    const config = await relyingPartyFor(origin, strictRp);
    const browser = await signedInBrowser();
    const landed = await browser.follow(relyingPartyRequest(config));
    expect(landed.status).toBe(403);
    expect(landed.location).toBeUndefined();
    expect(landed.body).toContain("Open this app from your portal");
  });

  it("asks a browser with neither a launch nor a portal session to sign in", async () => {
    const config = await relyingPartyFor(origin, publicRp);
    const browser = new SsoBrowser(origin);
    const landed = await browser.follow(relyingPartyRequest(config));
    expect(landed.status).toBe(401);
    expect(landed.body).toContain("Sign in to Gatehouse");
    expect(landed.location).toBeUndefined();
  });
});
