// The SQL one OIDC token exchange costs (issue 14): authorization code + PKCE redeemed by a
// confidential client, counted statement by statement on both databases, so a change that adds
// a read or a write to the token path fails here instead of showing up as a slower bench; and
// what it leaves in the database: codes and tokens only as hashes (server/oidc/stored-ids.ts).
import { createHash } from "node:crypto";
import * as client from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeAssignment, createApp } from "../../server/admin/app-admin.ts";
import { dialects } from "../fixtures/databases.ts";
import { SsoBrowser } from "../fixtures/sso-browser.ts";
import { createStatementRecorder, isTransactionControl } from "../fixtures/statement-recorder.ts";
import {
  createTestUser,
  startTestServer,
  type TestServer,
  type TestUser,
} from "../fixtures/test-server.ts";

const redirectUri = "https://rp.example.com/callback";
const initiateLoginUri = "https://rp.example.com/login";

/** The token request's form (RFC 6749 §4.1.3) for the code a callback carries. */
function tokenRequestBody(callback: URL, verifier: string): string {
  return new URLSearchParams({
    grant_type: "authorization_code",
    code: callback.searchParams.get("code") ?? "",
    redirect_uri: redirectUri,
    code_verifier: verifier,
  }).toString();
}

for (const dialect of dialects) {
  describe(`OIDC token exchange on ${dialect}`, () => {
    const recorder = createStatementRecorder();
    let server: TestServer;
    let origin: string;
    let alice: TestUser;
    let rp: { appId: string; clientId: string; secret: string };

    beforeAll(async () => {
      server = await startTestServer(dialect, {
        config: { publicUrl: undefined },
        onStatement: recorder.onStatement,
      });
      await server.app.listen({ host: "localhost", port: 0 });
      const address = server.app.server.address();
      origin = `http://localhost:${typeof address === "object" && address !== null ? address.port : 0}`;
      alice = await createTestUser(server);
      const actor = { db: server.context.db, now: server.clock.now(), actorId: null };
      const created = await createApp(actor, "oidc", {
        displayName: "Counted RP",
        oidc: { redirectUris: [redirectUri], initiateLoginUri, confidential: true },
      });
      if (!created.ok) {
        throw new Error(JSON.stringify(created));
      }
      const app = created.value.app;
      await changeAssignment(
        actor,
        { appId: app.id, principalType: "user", principalId: alice.id },
        true,
      );
      rp = {
        appId: app.id,
        clientId: app.oidc_client_id ?? "",
        secret: created.value.clientSecret ?? "",
      };
    });
    afterAll(() => server.close());

    /** Launch and authorize as the browser would; the token request is left to the caller. */
    async function authorized(config: client.Configuration, extra: Record<string, string> = {}) {
      const browser = new SsoBrowser(origin);
      await browser.signIn(alice.email, alice.password);
      const launch = await browser.request(`/api/apps/${rp.appId}/launch`, { json: {} });
      await browser.request((JSON.parse(launch.body) as { url: string }).url);
      const verifier = client.randomPKCECodeVerifier();
      const landed = await browser.follow(
        client.buildAuthorizationUrl(config, {
          redirect_uri: redirectUri,
          scope: "openid email",
          code_challenge: createHash("sha256").update(verifier).digest("base64url"),
          code_challenge_method: "S256",
          ...extra,
        }).href,
      );
      return { callback: new URL(landed.location ?? ""), verifier };
    }

    /** The app's token request (RFC 6749 §4.1.3) as openid-client sends it, by hand. */
    const redeem = (callback: URL, verifier: string) =>
      fetch(`${origin}/oidc/token`, {
        method: "POST",
        headers: {
          authorization: `Basic ${Buffer.from(`${rp.clientId}:${rp.secret}`).toString("base64")}`,
          "content-type": "application/x-www-form-urlencoded",
        },
        body: tokenRequestBody(callback, verifier),
      });

    const relyingParty = () =>
      client.discovery(
        new URL(`${origin}/oidc`),
        rp.clientId,
        undefined,
        client.ClientSecretBasic(rp.secret),
        { execute: [client.allowInsecureRequests] },
      );

    // PostgreSQL reads the client, the code, its session, grant and account in one statement, and
    // spends the code and stores its token in another (token-statements-postgres.ts).
    const [reads, writes, transactionControl] = dialect === "postgres" ? [1, 1, 0] : [2, 2, 2];
    const counted = `${reads} read${reads === 1 ? "" : "s"}, and ${writes === 1 ? "1 write" : "2 writes in one transaction"}`;
    it(`redeems a code in ${reads + writes} statements: ${counted}`, async () => {
      const config = await relyingParty();
      for (let round = 0; round < 2; round += 1) {
        const { callback, verifier } = await authorized(config);
        let answer: { statusCode: number; body: string } | undefined;
        // In process, so the recorder sees this request's statements and no one else's.
        const statements = await recorder.record(async () => {
          answer = await server.request({
            method: "POST",
            url: "/oidc/token",
            headers: {
              authorization: `Basic ${Buffer.from(`${rp.clientId}:${rp.secret}`).toString("base64")}`,
              "content-type": "application/x-www-form-urlencoded",
            },
            payload: tokenRequestBody(callback, verifier),
          });
        });
        expect(answer?.statusCode).toBe(200);
        const idToken = (JSON.parse(answer?.body ?? "{}") as { id_token?: string }).id_token ?? "";
        const claims = JSON.parse(
          Buffer.from(idToken.split(".")[1] ?? "", "base64url").toString(),
        ) as { sub?: string };
        expect(claims.sub).toBe(alice.id);
        // Before issue 14: 7 statements, each write committed on its own.
        expect(statements.filter((sql) => !isTransactionControl(sql))).toHaveLength(reads + writes);
        expect(statements.filter(isTransactionControl)).toHaveLength(transactionControl);
      }
    });

    it("redeems a code raced by two token requests once", async () => {
      for (let round = 0; round < 3; round += 1) {
        const { callback, verifier } = await authorized(await relyingParty());
        const answers = await Promise.all([redeem(callback, verifier), redeem(callback, verifier)]);
        const statuses = answers.map((answer) => answer.status).sort();
        expect(statuses).toEqual([200, 400]);
        const refused = answers.find((answer) => answer.status === 400);
        expect(((await refused?.json()) as { error: string }).error).toBe("invalid_grant");
      }
    });

    it("leaves a code unspent when its token request fails, and spends it when one succeeds", async () => {
      const { callback, verifier } = await authorized(await relyingParty());
      expect((await redeem(callback, client.randomPKCECodeVerifier())).status).toBe(400);
      expect((await redeem(callback, verifier)).status).toBe(200);
      expect((await redeem(callback, verifier)).status).toBe(400);
    });

    it("redeems a code whose nonce holds characters the database cannot read out of JSON", async () => {
      // JSON.stringify writes them as \u escapes, and PostgreSQL reads nothing beside such a code
      // (token-statements-postgres.ts): the session, grant and account are then read one by one,
      // and the ID token still carries the nonce. (A lone surrogate cannot travel in a URL.)
      for (const nonce of ["nul\u0000inside", "bell\u0007"]) {
        const { callback, verifier } = await authorized(await relyingParty(), { nonce });
        const answer = await redeem(callback, verifier);
        expect(answer.status).toBe(200);
        const { id_token: idToken } = (await answer.json()) as { id_token: string };
        const claims = JSON.parse(
          Buffer.from(idToken.split(".")[1] ?? "", "base64url").toString(),
        ) as { sub?: string; nonce?: string };
        expect(claims).toMatchObject({ sub: alice.id, nonce });
      }
    });

    it("keeps no code or access token the app received in the database, and still finds them", async () => {
      const config = await relyingParty();
      const { callback, verifier } = await authorized(config);
      const code = callback.searchParams.get("code") ?? "";
      const tokens = await client.authorizationCodeGrant(config, callback, {
        pkceCodeVerifier: verifier,
        expectedState: client.skipStateCheck,
      });
      const userInfo = await client.fetchUserInfo(
        config,
        tokens.access_token,
        client.skipSubjectCheck,
      );
      expect(userInfo.sub).toBe(alice.id);
      const rows = await server.context.db
        .selectFrom("oidc_payloads")
        .select(["model", "id", "payload"])
        .execute();
      expect(rows.map((row) => row.model)).toEqual(
        expect.arrayContaining(["AuthorizationCode", "AccessToken"]),
      );
      expect(code.length).toBeGreaterThan(20);
      for (const secret of [code, tokens.access_token]) {
        const holding = rows.filter((row) => row.id === secret || row.payload.includes(secret));
        expect(holding).toEqual([]);
      }
      // The spent code is still recognised as spent: a replay is refused.
      expect((await redeem(callback, verifier)).status).toBe(400);
    });
  });
}
