// Which key signs an app's ID tokens (OIDC Registration §2 id_token_signed_response_alg): ES256
// for a new client, RS256 when asked for, and RS256 kept by every client registered before
// ES256 became the default (migration 0090) and through any later change. Each ID token is
// checked against the key the JWKS publishes under its kid, as a relying party would.
import { createHash, createPublicKey, verify, type JsonWebKey } from "node:crypto";
import * as client from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeApp, changeAssignment, createApp } from "../../server/admin/app-admin.ts";
import * as signingAlgMigration from "../../server/storage/migrations/0090-oidc-id-token-signing-alg.ts";
import type { Kysely } from "kysely";
import { SsoBrowser } from "../fixtures/sso-browser.ts";
import { dialects } from "../fixtures/databases.ts";
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

const actor = () => ({ db: server.context.db, now: server.clock.now(), actorId: null });

async function addOidcApp(idTokenSigningAlg?: "ES256" | "RS256") {
  const created = await createApp(actor(), "oidc", {
    displayName: `RP ${idTokenSigningAlg ?? "default"}`,
    oidc: {
      redirectUris: [redirectUri],
      initiateLoginUri,
      ...(idTokenSigningAlg === undefined ? {} : { idTokenSigningAlg }),
    },
  });
  if (!created.ok) {
    throw new Error(JSON.stringify(created));
  }
  const app = created.value.app;
  await changeAssignment(
    actor(),
    { appId: app.id, principalType: "user", principalId: alice.id },
    true,
  );
  return { appId: app.id, clientId: app.oidc_client_id ?? "" };
}

/** Launch → authorization code + PKCE → tokens; returns the ID token's header and its check. */
async function idTokenOf(rp: { appId: string; clientId: string }) {
  const config = await client.discovery(
    new URL(`${origin}/oidc`),
    rp.clientId,
    undefined,
    client.None(),
    {
      execute: [client.allowInsecureRequests],
    },
  );
  const browser = new SsoBrowser(origin);
  await browser.signIn(alice.email, alice.password);
  const launch = await browser.request(`/api/apps/${rp.appId}/launch`, { json: {} });
  await browser.request((JSON.parse(launch.body) as { url: string }).url);
  const verifier = client.randomPKCECodeVerifier();
  const landed = await browser.follow(
    client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: "openid",
      code_challenge: createHash("sha256").update(verifier).digest("base64url"),
      code_challenge_method: "S256",
    }).href,
  );
  const tokens = await client.authorizationCodeGrant(config, new URL(landed.location ?? ""), {
    pkceCodeVerifier: verifier,
  });
  const [header = "", payload = "", signature = ""] = (tokens.id_token ?? "").split(".");
  const { alg, kid } = JSON.parse(Buffer.from(header, "base64url").toString()) as {
    alg: string;
    kid: string;
  };
  const jwks = (await (await fetch(`${origin}/oidc/jwks`)).json()) as { keys: JsonWebKey[] };
  const jwk = jwks.keys.find((key) => key.kid === kid);
  const signed = verify(
    alg === "ES256" ? "sha256" : "RSA-SHA256",
    Buffer.from(`${header}.${payload}`),
    { key: createPublicKey({ key: jwk ?? {}, format: "jwk" }), dsaEncoding: "ieee-p1363" },
    Buffer.from(signature, "base64url"),
  );
  return { alg, keyType: jwk?.kty, signed, sub: tokens.claims()?.sub };
}

beforeAll(async () => {
  server = await startTestServer("sqlite", { config: { publicUrl: undefined } });
  await server.app.listen({ host: "localhost", port: 0 });
  const address = server.app.server.address();
  origin = `http://localhost:${typeof address === "object" && address !== null ? address.port : 0}`;
  alice = await createTestUser(server);
});
afterAll(() => server.close());

describe("ID token signing algorithm", () => {
  it("discovery offers both ES256 and RS256", async () => {
    const metadata = (await (
      await fetch(`${origin}/oidc/.well-known/openid-configuration`)
    ).json()) as {
      id_token_signing_alg_values_supported: string[];
    };
    expect([...metadata.id_token_signing_alg_values_supported].sort()).toEqual(["ES256", "RS256"]);
  });

  it("a new client gets ES256 ID tokens that verify with the published EC key", async () => {
    const token = await idTokenOf(await addOidcApp());
    expect(token).toEqual({ alg: "ES256", keyType: "EC", signed: true, sub: alice.id });
  });

  it("a client registered for RS256 gets RS256 ID tokens that verify with the RSA key", async () => {
    const token = await idTokenOf(await addOidcApp("RS256"));
    expect(token).toEqual({ alg: "RS256", keyType: "RSA", signed: true, sub: alice.id });
  });

  it("a change to a client's redirect URIs keeps its algorithm; naming another one switches it", async () => {
    const rp = await addOidcApp("RS256");
    const edit = (alg?: "ES256") =>
      changeApp(actor(), rp.appId, {
        oidc: {
          redirectUris: [redirectUri],
          initiateLoginUri,
          ...(alg ? { idTokenSigningAlg: alg } : {}),
        },
      });
    expect((await edit()).ok).toBe(true);
    expect((await idTokenOf(rp)).alg).toBe("RS256");
    expect((await edit("ES256")).ok).toBe(true);
    expect((await idTokenOf(rp)).alg).toBe("ES256");
  });

  it("an algorithm other than ES256 or RS256 is refused, naming the field", async () => {
    for (const alg of ["HS256", "none", "PS256", "es256"]) {
      const created = await createApp(actor(), "oidc", {
        displayName: "Bad RP",
        oidc: { redirectUris: [redirectUri], initiateLoginUri, idTokenSigningAlg: alg as "ES256" },
      });
      expect(created).toMatchObject({ ok: false, field: "oidc.idTokenSigningAlg" });
    }
  });
});

for (const dialect of dialects) {
  it(`on ${dialect}, OIDC clients that existed before migration 0090 keep RS256; other apps get none`, async () => {
    const old = await startTestServer(dialect);
    try {
      const db = old.context.db as unknown as Kysely<unknown>;
      await signingAlgMigration.down(db);
      const base = { created_at: 1, updated_at: 1, display_name: "Old" };
      const rows = [
        {
          ...base,
          id: "00000000-0000-4000-8000-000000000001",
          kind: "oidc",
          oidc_client_id: "gh-old",
        },
        {
          ...base,
          id: "00000000-0000-4000-8000-000000000002",
          kind: "bookmark",
          launch_url: "https://x.example.com/",
        },
      ];
      await old.context.db
        .insertInto("organizations")
        .values({ id: "org-old", name: "Old", created_at: 1 })
        .execute();
      for (const row of rows) {
        await old.context.db
          .insertInto("apps")
          .values({ ...row, organization_id: "org-old" } as never)
          .execute();
      }
      await signingAlgMigration.up(db);
      const stored = await old.context.db
        .selectFrom("apps")
        .select(["kind", "oidc_id_token_signing_alg"])
        .orderBy("kind")
        .execute();
      expect(stored).toEqual([
        { kind: "bookmark", oidc_id_token_signing_alg: null },
        { kind: "oidc", oidc_id_token_signing_alg: "RS256" },
      ]);
    } finally {
      await old.close();
    }
  });
}
