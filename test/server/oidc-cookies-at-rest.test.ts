// The OpenID Provider's cookies at rest (server/oidc/stored-ids.ts), on both databases, through real
// sign-ins by a real relying party (openid-client): no cookie value the browser ever received is in
// any column of any table at any step; an id copied from the database, presented as the cookie and
// even signed with the OP's own cookie key, is no session and no interaction; and the flows that
// use those entries still work: tokens bound to the session, SSO again in the same browser, and
// another user in that browser (the OP's logout confirmation).
import { createHash } from "node:crypto";
import * as client from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findSecretsInDatabase } from "../fixtures/database-scan.ts";
import { dialects } from "../fixtures/databases.ts";
import {
  browserWithSignedCookies,
  cookieSignature,
  opCookieKey,
  silentAuthorizationError,
} from "../fixtures/op-cookies.ts";
import {
  addAssignedOidcApp,
  listenOnLocalhost,
  relyingPartyFor,
  rpInitiateLoginUri as initiateLoginUri,
  rpRedirectUri as redirectUri,
  type OidcApp,
} from "../fixtures/oidc-apps.ts";
import { SsoBrowser, type Hop } from "../fixtures/sso-browser.ts";
import {
  createTestUser,
  startTestServer,
  type TestServer,
  type TestUser,
} from "../fixtures/test-server.ts";

for (const dialect of dialects) {
  describe(`the OpenID Provider's cookies at rest on ${dialect}`, () => {
    let server: TestServer;
    let origin: string;
    let alice: TestUser;
    let bob: TestUser;
    let rp: OidcApp;
    let cookieKey: string;

    beforeAll(async () => {
      server = await startTestServer(dialect, { config: { publicUrl: undefined } });
      origin = await listenOnLocalhost(server);
      alice = await createTestUser(server);
      bob = await createTestUser(server);
      rp = await addAssignedOidcApp(server, {
        name: "Cookie RP",
        confidential: true,
        users: [alice, bob],
      });
      // The strongest attacker: the database and the OP's cookie-signing key both (in demo mode
      // the key that seals it is in the database too, server/storage/server-key.ts).
      cookieKey = await opCookieKey(server);
    });
    afterAll(() => server.close());

    const relyingParty = () => relyingPartyFor(origin, rp);

    const forgedBrowser = (cookies: Record<string, string>, from?: SsoBrowser) =>
      browserWithSignedCookies(origin, cookieKey, cookies, from);

    function authorizationUrl(config: client.Configuration) {
      const verifier = client.randomPKCECodeVerifier();
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: "openid email",
        state: client.randomState(),
        code_challenge: createHash("sha256").update(verifier).digest("base64url"),
        code_challenge_method: "S256",
      });
      return { url, verifier, state: url.searchParams.get("state") ?? "" };
    }

    /** Follows the server's redirects one hop at a time, scanning the database after each. */
    async function walk(browser: SsoBrowser, first: Hop): Promise<Hop> {
      let hop = first;
      await expectNoCookieInDatabase(browser);
      while (hop.location?.startsWith(origin) === true) {
        hop = await browser.request(hop.location);
        await expectNoCookieInDatabase(browser);
      }
      return hop;
    }

    async function expectNoCookieInDatabase(browser: SsoBrowser): Promise<void> {
      // Short values (a theme, a flag) are not secrets and would match by chance.
      const secrets = browser.received.filter((cookie) => cookie.value.length >= 16);
      expect(await findSecretsInDatabase(server.context.db, dialect, secrets)).toEqual([]);
    }

    /** Launch from the portal, then the app's authorization request, walked to its end. */
    async function launchAndAuthorize(browser: SsoBrowser, config: client.Configuration) {
      const launch = await browser.request(`/api/apps/${rp.appId}/launch`, { json: {} });
      const initiated = await browser.request((JSON.parse(launch.body) as { url: string }).url);
      expect(initiated.location?.startsWith(initiateLoginUri)).toBe(true);
      const request = authorizationUrl(config);
      const hop = await walk(browser, await browser.request(request.url.href));
      return { hop, ...request };
    }

    async function redeem(config: client.Configuration, landed: Hop, verifier: string) {
      return client.authorizationCodeGrant(config, new URL(landed.location ?? ""), {
        pkceCodeVerifier: verifier,
        expectedState: client.skipStateCheck,
      });
    }

    const silentAnswer = (browser: SsoBrowser, config: client.Configuration) =>
      silentAuthorizationError(browser, config, redirectUri);

    const storedRows = (model: string) =>
      server.context.db
        .selectFrom("oidc_payloads")
        .select(["id", "uid"])
        .where("model", "=", model)
        .execute();

    it("keeps no OP cookie in the database through a sign-in, SSO again and a change of user", async () => {
      const config = await relyingParty();
      const browser = new SsoBrowser(origin);
      await browser.signIn(alice.email, alice.password);

      const first = await launchAndAuthorize(browser, config);
      expect(first.hop.location?.startsWith(`${redirectUri}?`)).toBe(true);
      const firstTokens = await redeem(config, first.hop, first.verifier);
      // Its access token is bound to the OP session, found by uid (oidc-provider's checkSessionBinding).
      expect((await client.fetchUserInfo(config, firstTokens.access_token, alice.id)).sub).toBe(
        alice.id,
      );
      const firstSession = browser.cookie("_session") ?? "";

      // SSO again: the interaction now carries the session, and the OP renews the session's id.
      const second = await launchAndAuthorize(browser, config);
      expect(second.hop.location?.startsWith(`${redirectUri}?`)).toBe(true);
      expect(browser.cookie("_session")).not.toBe(firstSession);
      expect(await silentAnswer(forgedBrowser({ _session: firstSession }), config)).toBe(
        "login_required",
      );
      const secondTokens = await redeem(config, second.hop, second.verifier);
      expect((await client.fetchUserInfo(config, secondTokens.access_token, alice.id)).sub).toBe(
        alice.id,
      );

      // Bob in the same browser: the OP asks to end Alice's session first (its logout form).
      await browser.signIn(bob.email, bob.password);
      const switched = await launchAndAuthorize(browser, config);
      expect(switched.hop.status).toBe(200);
      const action = /action="([^"]+)"/.exec(switched.hop.body)?.[1] ?? "";
      const xsrf = /name="xsrf" value="([^"]+)"/.exec(switched.hop.body)?.[1] ?? "";
      expect(new URL(action, origin).pathname).toBe("/oidc/session/end/confirm");
      const confirmed = await walk(
        browser,
        await browser.request(action, { form: { xsrf, logout: "yes" } }),
      );
      expect(confirmed.location?.startsWith(`${redirectUri}?`)).toBe(true);
      const bobTokens = await redeem(config, confirmed, switched.verifier);
      expect(bobTokens.claims()?.sub).toBe(bob.id);
      // Ending Alice's OP session revoked the grants it held, and with them her tokens.
      await expect(
        client.fetchUserInfo(config, secondTokens.access_token, alice.id),
      ).rejects.toThrow();

      const names = new Set(browser.received.map((cookie) => cookie.name));
      for (const name of ["_session", "_session.sig", "_interaction", "_interaction_resume"]) {
        expect(names, name).toContain(name);
      }
      await expectNoCookieInDatabase(browser);
    });

    it("takes no session id read from the database as a session cookie, even signed", async () => {
      const config = await relyingParty();
      const browser = new SsoBrowser(origin);
      await browser.signIn(alice.email, alice.password);
      const landed = await launchAndAuthorize(browser, config);
      expect(landed.hop.location?.startsWith(`${redirectUri}?`)).toBe(true);
      const cookie = browser.cookie("_session") ?? "";
      // The forging is right: the signature computed here is the one the OP set.
      expect(cookieSignature(cookieKey, "_session", cookie)).toBe(browser.cookie("_session.sig"));
      // The real cookie is a signed-in session: only the grant is missing.
      expect(await silentAnswer(forgedBrowser({ _session: cookie }), config)).toBe(
        "consent_required",
      );
      const sessions = await storedRows("Session");
      expect(sessions.length).toBeGreaterThan(0);
      for (const stored of sessions) {
        for (const value of [stored.id, stored.uid ?? ""]) {
          expect(await silentAnswer(forgedBrowser({ _session: value }), config)).toBe(
            "login_required",
          );
        }
      }
    });

    it("opens and resumes no interaction with an id read from the database, even signed", async () => {
      const config = await relyingParty();
      const browser = new SsoBrowser(origin);
      await browser.signIn(alice.email, alice.password);
      const launch = await browser.request(`/api/apps/${rp.appId}/launch`, { json: {} });
      await browser.request((JSON.parse(launch.body) as { url: string }).url);
      const { verifier, url } = authorizationUrl(config);
      const toInteraction = await browser.request(url.href);
      const uid = browser.cookie("_interaction") ?? "";
      expect(toInteraction.location).toBe(`${origin}/launch/interaction/${uid}`);
      const interactions = await storedRows("Interaction");
      expect(interactions.length).toBeGreaterThan(0);

      for (const { id } of interactions) {
        const forged = forgedBrowser({ _interaction: id }, browser);
        expect((await forged.request(`/launch/interaction/${id}`)).status).toBe(410);
      }
      const toResume = await browser.request(toInteraction.location ?? "");
      expect(toResume.location).toBe(`${origin}/oidc/auth/${uid}`);
      for (const { id } of await storedRows("Interaction")) {
        const forged = forgedBrowser({ _interaction_resume: id }, browser);
        const answer = await forged.request(`/oidc/auth/${id}`);
        expect(answer.status).toBe(400);
        expect(answer.location).toBeUndefined();
      }
      const landed = await browser.request(toResume.location ?? "");
      expect(landed.location?.startsWith(`${redirectUri}?`)).toBe(true);
      expect((await redeem(config, landed, verifier)).claims()?.sub).toBe(alice.id);
    });
  });
}
