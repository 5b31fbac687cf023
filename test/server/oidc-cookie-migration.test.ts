// Migration 0270 on both databases: the OP's entries as the adapter wrote them before (raw ids, the
// id in the payload) are rewritten under SHA-256 of their id. A user signed in through the OP
// before is still signed in after, with the same cookie; the raw values are gone from every table;
// interactions go, and grants and the codes and tokens 0210 hashed are left as they were.
import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOidcAdapterFactory } from "../../server/oidc/oidc-adapter.ts";
import { migrateTo, migrateToLatest } from "../../server/storage/migrate.ts";
import { findSecretsInDatabase } from "../fixtures/database-scan.ts";
import { dialects } from "../fixtures/databases.ts";
import {
  browserWithSignedCookies,
  opCookieKey,
  silentAuthorizationError,
} from "../fixtures/op-cookies.ts";
import {
  addAssignedOidcApp,
  listenOnLocalhost,
  relyingPartyFor,
  rpRedirectUri as redirectUri,
  type OidcApp,
} from "../fixtures/oidc-apps.ts";
import {
  createTestUser,
  startTestServer,
  type TestServer,
  type TestUser,
} from "../fixtures/test-server.ts";

const randomId = () => randomBytes(16).toString("base64url");
const sha256 = (value: string) => createHash("sha256").update(value).digest("base64url");

for (const dialect of dialects) {
  describe(`migration 0270 on ${dialect}`, () => {
    let server: TestServer;
    let origin: string;
    let alice: TestUser;
    let app: OidcApp;
    let cookieKey: string;

    beforeAll(async () => {
      server = await startTestServer(dialect, { config: { publicUrl: undefined } });
      origin = await listenOnLocalhost(server);
      alice = await createTestUser(server);
      app = await addAssignedOidcApp(server, {
        name: "Migrated RP",
        confidential: false,
        users: [alice],
      });
      cookieKey = await opCookieKey(server);
    });
    afterAll(() => server.close());

    it("rewrites the OP's sessions under SHA-256 of their id: signed in before, signed in after", async () => {
      const { db } = server.context;
      const { clientId } = app;

      await migrateTo(db, "0210-oidc-bearer-ids-hashed");
      const now = Math.floor(Date.now() / 1000);
      const raw = {
        session: randomId(),
        uid: randomId(),
        interaction: randomId(),
        xsrf: randomId(),
        replay: sha256(`${origin}/oidc${randomId()}`),
        grant: randomId(),
        accessToken: randomId(),
      };
      const entry = (model: string, id: string, payload: object, uid: string | null = null) => ({
        model,
        id,
        payload: JSON.stringify({ iat: now, exp: now + 3600, kind: model, ...payload }),
        grant_id: null,
        uid,
        user_code: null,
        expires_at: (now + 3600) * 1000,
        consumed_at: null,
      });
      const before = [
        entry(
          "Session",
          raw.session,
          {
            jti: raw.session,
            uid: raw.uid,
            accountId: alice.id,
            loginTs: now,
            authorizations: { [clientId]: { sid: randomId(), grantId: raw.grant } },
            state: { secret: raw.xsrf, postLogoutRedirectUri: `/oidc/auth/${raw.interaction}` },
          },
          raw.uid,
        ),
        entry("Interaction", raw.interaction, {
          jti: raw.interaction,
          returnTo: `${origin}/oidc/auth/${raw.interaction}`,
          session: { uid: raw.uid, cookie: raw.session, accountId: alice.id },
        }),
        entry("ReplayDetection", raw.replay, { jti: raw.replay, iss: clientId }),
        entry("Grant", raw.grant, { jti: raw.grant, accountId: alice.id, clientId }),
        // As 0210 left it: already under SHA-256 of the token, without it.
        entry("AccessToken", sha256(raw.accessToken), { accountId: alice.id, grantId: raw.grant }),
      ];
      await db.insertInto("oidc_payloads").values(before).execute();

      await migrateToLatest(db);

      const secrets = Object.entries(raw)
        .filter(([name]) => name !== "grant" && name !== "uid")
        .map(([name, value]) => ({ name, value }));
      expect(await findSecretsInDatabase(db, dialect, secrets)).toEqual([]);
      const after = await db
        .selectFrom("oidc_payloads")
        .select(["model", "id", "payload"])
        .orderBy("model")
        .execute();
      expect(after.map((row) => [row.model, row.id])).toEqual([
        ["AccessToken", sha256(raw.accessToken)],
        ["Grant", raw.grant],
        ["ReplayDetection", sha256(raw.replay)],
        ["Session", sha256(raw.session)],
      ]);
      expect(after.find((row) => row.model === "AccessToken")?.payload).toBe(before[4]?.payload);

      const adapters = createOidcAdapterFactory(db);
      expect(await adapters("Session").find(raw.session)).toMatchObject({
        jti: raw.session,
        accountId: alice.id,
      });
      expect(await adapters("Session").find(raw.session)).not.toHaveProperty("state");
      expect(await adapters("Session").findByUid(raw.uid)).toMatchObject({ accountId: alice.id });
      expect(await adapters("ReplayDetection").find(raw.replay)).toMatchObject({ iss: clientId });

      // Over HTTP with the very cookie the browser held: the OP still sees Alice signed in.
      const config = await relyingPartyFor(origin, app);
      const holding = (cookie: string) =>
        browserWithSignedCookies(origin, cookieKey, { _session: cookie });
      expect(await silentAuthorizationError(holding(raw.session), config, redirectUri)).toBe(
        "consent_required",
      );
      expect(
        await silentAuthorizationError(holding(sha256(raw.session)), config, redirectUri),
      ).toBe("login_required");
    });
  });
}
