// SSO keys in the console's Settings, on both databases with two instances on one database: the
// list shows each key's algorithm, creation and state; a rotation through the admin API (recent
// verification only) is audited, and the OTHER instance then signs its SAML responses with the
// new key — a real service provider (@node-saml) accepts them with the new certificate only.
import { SAML } from "@node-saml/node-saml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeAssignment, createApp } from "../../../server/admin/app-admin.ts";
import { changeTopics } from "../../../server/storage/change-topics.ts";
import { dialects } from "../../fixtures/databases.ts";
import {
  callApi,
  CookieJar,
  createTestUser,
  signIn,
  startTestServer,
  testOrigin,
  type TestServer,
} from "../../fixtures/test-server.ts";

const acsUrl = "https://sp.example.com/saml/acs";
const spEntityId = "urn:example:rotation-sp";

type KeyRow = { id: string; purpose: string; algorithm: string; state: string; createdAt: string };

const pem = (body: string) => `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----`;

function serviceProvider(server: TestServer, certificate: string): SAML {
  return new SAML({
    idpCert: pem(certificate),
    issuer: spEntityId,
    audience: spEntityId,
    callbackUrl: acsUrl,
    idpIssuer: `${testOrigin}/saml/metadata`,
    wantAssertionsSigned: true,
    wantAuthnResponseSigned: true,
    acceptedClockSkewMs: Math.abs(Date.now() - server.clock.now()) + 60_000,
  });
}

for (const dialect of dialects) {
  describe(`SSO keys in Settings (${dialect}, two instances)`, () => {
    let first: TestServer;
    let second: TestServer;
    const admin = new CookieJar();
    const member = new CookieJar();
    let appId = "";

    beforeAll(async () => {
      first = await startTestServer(dialect);
      second = await startTestServer(dialect, {
        sharedDatabase: first.database,
        clock: first.clock,
      });
      expect(
        (await signIn(first, admin, await createTestUser(first, { role: "admin" }))).statusCode,
      ).toBe(200);
      const alice = await createTestUser(first);
      expect((await signIn(second, member, alice)).statusCode).toBe(200);
      const actor = { db: first.context.db, now: first.clock.now(), actorId: null };
      const created = await createApp(actor, "saml", {
        displayName: "Expenses",
        saml: { entityId: spEntityId, acsUrl, nameIdFormat: "emailAddress", attributes: {} },
      });
      if (!created.ok) {
        throw new Error("could not create the app");
      }
      appId = created.value.app.id;
      await changeAssignment(actor, { appId, principalType: "user", principalId: alice.id }, true);
    });
    afterAll(async () => {
      await second.close();
      await first.close();
    });

    const keys = async () => {
      const listed = await callApi(first, admin, "GET", "/api/admin/sso-keys");
      expect(listed.statusCode).toBe(200);
      return listed.json<{ keys: KeyRow[] }>().keys;
    };
    const samlResponseFrom = async (server: TestServer) => {
      const launch = await callApi(server, member, "POST", `/api/apps/${appId}/launch`);
      const page = await server.request({
        method: "GET",
        url: new URL(launch.json<{ url: string }>().url).pathname,
      });
      return /name="SAMLResponse" value="([^"]+)"/.exec(page.body)?.[1] ?? "";
    };
    /** The certificate an instance publishes first: the one it says it signs with. */
    const publishedCertificate = async (server: TestServer) =>
      /<ds:X509Certificate>([^<]+)</.exec(
        (await server.request({ method: "GET", url: "/saml/metadata" })).body,
      )?.[1] ?? "";

    it("lists every key with its algorithm, creation and state, never a private half", async () => {
      await samlResponseFrom(second); // the keys are made on first use
      const listed = await keys();
      expect(listed.map((key) => `${key.purpose} ${key.algorithm} ${key.state}`).sort()).toEqual([
        "oidc-cookie HS256 active",
        "oidc-signing ES256 active",
        "oidc-signing RS256 active",
        "saml-signing RS256 active",
      ]);
      const raw = (await callApi(first, admin, "GET", "/api/admin/sso-keys")).body;
      expect(raw).not.toMatch(/PRIVATE KEY|"d":|private/i);
    });

    it("rotates on one instance; the other signs with the new key at once", async () => {
      const before = await samlResponseFrom(second);
      const oldCertificate = await publishedCertificate(second);
      await serviceProvider(second, oldCertificate).validatePostResponseAsync({
        SAMLResponse: before,
      });
      const reached = new Promise<void>((resolve) => {
        const stop = second.context.changes?.subscribe(changeTopics.ssoKeys, () => {
          stop?.();
          resolve();
        });
      });
      const rotated = await callApi(first, admin, "POST", "/api/admin/sso-keys/rotate", {
        purpose: "saml-signing",
      });
      expect(rotated.statusCode).toBe(204);
      await second.context.changes?.checkNow(); // SQLite has no NOTIFY: its poll, now
      await reached;

      const listed = (await keys()).filter((key) => key.purpose === "saml-signing");
      expect(listed.map((key) => key.state)).toEqual(["active", "retired"]);
      const after = await samlResponseFrom(second);
      // The new certificate, as the rotating instance publishes it.
      const newCertificate = await publishedCertificate(first);
      expect(newCertificate).not.toBe(oldCertificate);
      expect(await publishedCertificate(second)).toBe(newCertificate);
      const { profile } = await serviceProvider(second, newCertificate).validatePostResponseAsync({
        SAMLResponse: after,
      });
      expect(profile?.nameID).toContain("@example.com");
      await expect(
        serviceProvider(second, oldCertificate).validatePostResponseAsync({ SAMLResponse: after }),
      ).rejects.toThrow();

      const audit = await first.context.db
        .selectFrom("audit_events")
        .selectAll()
        .where("event", "=", "sso.keys_rotated")
        .execute();
      expect(audit).toHaveLength(1);
    });

    it("asks for a verification within the last 5 minutes before rotating", async () => {
      first.clock.advance(6 * 60_000);
      const refused = await callApi(first, admin, "POST", "/api/admin/sso-keys/rotate", {
        purpose: "oidc-signing",
      });
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toMatchObject({ code: "RECENT_VERIFICATION_REQUIRED" });
      expect((await keys()).filter((key) => key.state === "retired")).toHaveLength(1);
    });
  });
}
