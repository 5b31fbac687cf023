// A demo OpenID Connect relying party served by the demo server itself at /demo/oidc-app, so
// `npm start` shows real SSO end to end. Not product code: it exists only in demo mode. It is a
// real RP (openid-client): third-party-initiated login (OIDC Core §4), code + PKCE S256, state and
// nonce, ID token validation and userinfo.
import type { FastifyInstance } from "fastify";
import * as client from "openid-client";
import type { AppContext } from "../context.ts";
import { sendDemoPage } from "./demo-sso-page.ts";
import { demoSsoApps } from "./demo-sso-apps.ts";

type Pending = { verifier: string; state: string; nonce: string; expiresAt: number };

const cookie = "demo_oidc_rp";

export function registerDemoOidcApp(app: FastifyInstance, context: AppContext): void {
  const origin = () => context.site.origin; // known once the server listens
  const pending = new Map<string, Pending>(); // demo only: one process, a few minutes at most
  let configuration: Promise<client.Configuration> | undefined;
  const base = "/demo/oidc-app";
  const name = demoSsoApps.tracker.name;
  const discover = () => {
    configuration ??= client.discovery(
      new URL(`${origin()}/oidc`),
      demoSsoApps.tracker.clientId,
      undefined,
      client.None(),
      origin().startsWith("http:") ? { execute: [client.allowInsecureRequests] } : {},
    );
    configuration.catch(() => {
      configuration = undefined;
    });
    return configuration;
  };
  const portalUrl = () => `${origin()}/applications`;

  app.get(`${base}/login`, async (request, reply) => {
    const { iss, login_hint: loginHint } = request.query as Record<string, string | undefined>;
    // OIDC Core §4: the RP MUST check that iss names an OP it trusts before redirecting.
    if (iss !== `${origin()}/oidc`) {
      return sendDemoPage(reply, context.random, {
        status: 400,
        appName: name,
        accent: "#0e7c66",
        title: "Unknown identity provider",
        lines: ["This demo app only trusts this Gatehouse server."],
        portalUrl: portalUrl(),
      });
    }
    const config = await discover();
    const id = context.random.bytes(16).toString("base64url");
    const entry: Pending = {
      verifier: client.randomPKCECodeVerifier(),
      state: client.randomState(),
      nonce: client.randomNonce(),
      expiresAt: Date.now() + 5 * 60_000,
    };
    pending.set(id, entry);
    for (const [key, value] of pending) {
      if (value.expiresAt < Date.now()) {
        pending.delete(key);
      }
    }
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: `${origin()}${base}/callback`,
      scope: "openid profile email",
      state: entry.state,
      nonce: entry.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(entry.verifier),
      code_challenge_method: "S256",
      ...(loginHint === undefined ? {} : { login_hint: loginHint }),
    });
    return reply
      .setCookie(cookie, id, { path: base, httpOnly: true, sameSite: "lax", maxAge: 300 })
      .redirect(url.href, 303);
  });

  // The URL carries the authorization code: keep the per-request info lines out of the log.
  app.get(`${base}/callback`, { logLevel: "warn" }, async (request, reply) => {
    const id = request.cookies[cookie];
    const entry = id === undefined ? undefined : pending.get(id);
    if (id !== undefined) {
      pending.delete(id);
    }
    if (entry === undefined) {
      return sendDemoPage(reply, context.random, {
        status: 400,
        appName: name,
        accent: "#0e7c66",
        title: "Start from Gatehouse",
        lines: ["This sign-in expired. Open the app again from your Gatehouse portal."],
        portalUrl: portalUrl(),
      });
    }
    try {
      const config = await discover();
      const tokens = await client.authorizationCodeGrant(
        config,
        new URL(`${origin()}${request.url}`),
        {
          pkceCodeVerifier: entry.verifier,
          expectedState: entry.state,
          expectedNonce: entry.nonce,
        },
      );
      const claims = tokens.claims();
      const userinfo = await client.fetchUserInfo(config, tokens.access_token, claims?.sub ?? "");
      return sendDemoPage(reply.clearCookie(cookie, { path: base }), context.random, {
        appName: name,
        accent: "#0e7c66",
        badge: { text: "Signed in with OpenID Connect" },
        title: `Welcome, ${String(userinfo.name ?? userinfo.email ?? "")}`,
        lines: ["Gatehouse signed you in: authorization code with PKCE, ID token checked."],
        facts: [
          ["Email", String(userinfo.email ?? "")],
          ["Subject", String(claims?.sub ?? "")],
          ["Issuer", String(claims?.iss ?? "")],
        ],
        portalUrl: portalUrl(),
      });
    } catch (error) {
      request.log.warn({ err: error }, "demo OIDC app: sign-in failed");
      return sendDemoPage(reply, context.random, {
        status: 400,
        appName: name,
        accent: "#0e7c66",
        badge: { text: "Not signed in", error: true },
        title: "Sign-in failed",
        lines: ["Gatehouse’s answer did not check out. Open the app again from your portal."],
        portalUrl: portalUrl(),
      });
    }
  });
}
