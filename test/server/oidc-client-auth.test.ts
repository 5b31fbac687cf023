// The OpenID Provider holds a confidential client to the token endpoint authentication it
// registered (issue 11 §6), against a real relying party (openid-client); and its own 5xx are
// logged, without a secret or code in the line.
import { createHash } from "node:crypto";
import { sql } from "kysely";
import * as client from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeAssignment, createApp } from "../../server/admin/app-admin.ts";
import type { OidcClientAuthMethod } from "../../server/storage/apps-schema.ts";
import { SsoBrowser } from "../fixtures/sso-browser.ts";
import {
  createTestUser,
  startTestServer,
  type TestServer,
  type TestUser,
} from "../fixtures/test-server.ts";

const redirectUri = "https://rp.example.com/callback";
const initiateLoginUri = "https://rp.example.com/login";
const logLines: string[] = [];

let server: TestServer;
let origin: string;
let alice: TestUser;

type Registered = { appId: string; clientId: string; secret: string };

async function addConfidentialApp(method: OidcClientAuthMethod): Promise<Registered> {
  const actor = { db: server.context.db, now: server.clock.now(), actorId: null };
  const created = await createApp(actor, "oidc", {
    displayName: `RP using ${method}`,
    oidc: {
      redirectUris: [redirectUri],
      initiateLoginUri,
      confidential: true,
      tokenEndpointAuthMethod: method,
    },
  });
  if (!created.ok) {
    throw new Error(JSON.stringify(created));
  }
  const { app, clientSecret } = created.value;
  await changeAssignment(
    actor,
    { appId: app.id, principalType: "user", principalId: alice.id },
    true,
  );
  return { appId: app.id, clientId: app.oidc_client_id ?? "", secret: clientSecret ?? "" };
}

function relyingParty(registered: Registered, method: OidcClientAuthMethod) {
  const authentication =
    method === "client_secret_post"
      ? client.ClientSecretPost(registered.secret)
      : client.ClientSecretBasic(registered.secret);
  return client.discovery(
    new URL(`${origin}/oidc`),
    registered.clientId,
    undefined,
    authentication,
    {
      execute: [client.allowInsecureRequests],
    },
  );
}

/** Launch from the portal and follow the authorization request to the RP's callback URL. */
async function codeFor(registered: Registered, config: client.Configuration, verifier: string) {
  const browser = new SsoBrowser(origin);
  await browser.signIn(alice.email, alice.password);
  const launch = await browser.request(`/api/apps/${registered.appId}/launch`, { json: {} });
  await browser.request((JSON.parse(launch.body) as { url: string }).url);
  const authorization = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: "openid",
    code_challenge: createHash("sha256").update(verifier).digest("base64url"),
    code_challenge_method: "S256",
  });
  const landed = await browser.follow(authorization.href);
  expect(landed.location?.startsWith(`${redirectUri}?`)).toBe(true);
  return new URL(landed.location ?? "");
}

/** The OAuth error of a refused request, in the body (post) or in WWW-Authenticate (basic). */
function oauthError(error: unknown): { status: unknown; error: unknown } {
  const refusal = error as {
    status?: number;
    error?: string;
    cause?: { parameters?: { error?: string } }[];
  };
  return { status: refusal.status, error: refusal.error ?? refusal.cause?.[0]?.parameters?.error };
}

beforeAll(async () => {
  server = await startTestServer("sqlite", {
    config: { publicUrl: undefined, logLevel: "error" },
    logStream: { write: (line) => void logLines.push(line) },
  });
  await server.app.listen({ host: "localhost", port: 0 });
  const address = server.app.server.address();
  origin = `http://localhost:${typeof address === "object" && address !== null ? address.port : 0}`;
  alice = await createTestUser(server);
});
afterAll(() => server.close());

describe("token endpoint authentication as registered", () => {
  const methods: [OidcClientAuthMethod, OidcClientAuthMethod][] = [
    ["client_secret_basic", "client_secret_post"],
    ["client_secret_post", "client_secret_basic"],
  ];

  it.each(methods)(
    "a client registered for %s is refused with %s, and then accepted with its own method",
    async (registeredMethod, otherMethod) => {
      const registered = await addConfidentialApp(registeredMethod);
      const verifier = client.randomPKCECodeVerifier();
      const callback = await codeFor(
        registered,
        await relyingParty(registered, registeredMethod),
        verifier,
      );

      const wrong = await relyingParty(registered, otherMethod);
      const refusal: unknown = await client
        .authorizationCodeGrant(wrong, callback, { pkceCodeVerifier: verifier })
        .then(
          () => undefined,
          (error: unknown) => error,
        );
      expect(oauthError(refusal)).toEqual({ status: 401, error: "invalid_client" });

      const right = await relyingParty(registered, registeredMethod);
      const tokens = await client.authorizationCodeGrant(right, callback, {
        pkceCodeVerifier: verifier,
      });
      expect(tokens.claims()?.sub).toBe(alice.id);
    },
  );

  it("the registered method is stored, and a public client cannot register one", async () => {
    const registered = await addConfidentialApp("client_secret_post");
    const row = await server.context.db
      .selectFrom("apps")
      .select("oidc_token_endpoint_auth_method")
      .where("id", "=", registered.appId)
      .executeTakeFirstOrThrow();
    expect(row.oidc_token_endpoint_auth_method).toBe("client_secret_post");
    const refused = await createApp(
      { db: server.context.db, now: server.clock.now(), actorId: null },
      "oidc",
      {
        displayName: "Public with a method",
        oidc: {
          redirectUris: [redirectUri],
          initiateLoginUri,
          tokenEndpointAuthMethod: "client_secret_post",
        },
      },
    );
    expect(refused).toMatchObject({ ok: false, field: "oidc.tokenEndpointAuthMethod" });
  });
});

describe("the OpenID Provider's own failures", () => {
  it("are logged with their route and error, never with the secret or code of the request", async () => {
    const registered = await addConfidentialApp("client_secret_post");
    const code = "a-code-that-must-not-be-logged-1234567890";
    // The OP's storage breaks: the token endpoint can only answer with its own 500.
    await sql`drop table oidc_payloads`.execute(server.context.db);
    const response = await fetch(`${origin}/oidc/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "authorization_code",
        code,
        redirect_uri: redirectUri,
        code_verifier: client.randomPKCECodeVerifier(),
        client_id: registered.clientId,
        client_secret: registered.secret,
      }).toString(),
    });
    expect(response.status).toBe(500);
    const logged = logLines.filter((line) => line.includes("OpenID Provider failed"));
    expect(logged).toHaveLength(1);
    expect(JSON.parse(logged[0] ?? "{}")).toMatchObject({
      level: 50,
      oidc: { method: "POST", path: "/token" },
      error: { message: expect.stringContaining("oidc_payloads") as string },
    });
    for (const secret of [code, registered.secret]) {
      expect(logLines.join("\n")).not.toContain(secret);
    }
  });
});
