// The console's app pages over HTTP on both databases: a SAML app registered from a real SP's
// metadata (node-saml writes it; entity ID, ACS URL and certificate read on the server), hostile
// or broken metadata refused on the field without a 5xx, a field-level reason for every URL an
// admin gets wrong with nothing saved, client-secret rotation behind a verification in the last
// 5 minutes and audited, and icons served as the image they were sniffed as, sandboxed.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects } from "../../fixtures/databases.ts";
import { spMetadataXml, spSigningKey } from "../../fixtures/saml-sp.ts";
import {
  callApi,
  CookieJar,
  createTestUser,
  signIn,
  startTestServer,
  type TestServer,
  type TestUser,
} from "../../fixtures/test-server.ts";

type AdminApp = {
  id: string;
  saml?: { entityId: string; acsUrl: string; certificate: { subject: string } | null };
  oidc?: { clientId: string; confidential: boolean };
};

const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(32, 1),
]).toString("base64");

for (const dialect of dialects) {
  describe(`admin apps API for the console (${dialect})`, () => {
    let server: TestServer;
    let admin: TestUser;
    const adminJar = new CookieJar();

    beforeAll(async () => {
      server = await startTestServer(dialect);
      admin = await createTestUser(server, { role: "admin" });
      await signIn(server, adminJar, admin);
    });
    afterAll(() => server.close());

    const readMetadata = (xml: string) =>
      callApi(server, adminJar, "POST", "/api/admin/apps/saml-metadata", { xml });
    const appCount = async () =>
      (await server.context.db.selectFrom("apps").select("id").execute()).length;

    it("reads a real SP's metadata and registers the app with its signing certificate", async () => {
      const key = spSigningKey("Wiki SP signing");
      const xml = spMetadataXml({
        entityId: "https://wiki.example.com/saml",
        acsUrl: "https://wiki.example.com/saml/acs",
        key,
      });
      const read = await readMetadata(xml);
      expect(read.statusCode).toBe(200);
      const fields = read.json<{
        entityId: string;
        acsUrl: string;
        certificate: { pem: string; subject: string; sha256: string };
      }>();
      expect(fields).toMatchObject({
        entityId: "https://wiki.example.com/saml",
        acsUrl: "https://wiki.example.com/saml/acs",
        certificate: { subject: "CN=Wiki SP signing" },
      });
      const created = await callApi(server, adminJar, "POST", "/api/admin/apps", {
        kind: "saml",
        displayName: "Wiki",
        saml: {
          entityId: fields.entityId,
          acsUrl: fields.acsUrl,
          certificate: fields.certificate.pem,
        },
      });
      expect(created.statusCode).toBe(200);
      const app = created.json<{ app: AdminApp }>().app;
      expect(app.saml).toMatchObject({
        entityId: "https://wiki.example.com/saml",
        certificate: { subject: "CN=Wiki SP signing", sha256: fields.certificate.sha256 },
      });
    });

    it("refuses entity declarations (XXE, entity expansion) and broken metadata on the field", async () => {
      const good = spMetadataXml({
        entityId: "https://sp.example.com",
        acsUrl: "https://sp.example.com/acs",
      });
      const cases: [string, string][] = [
        [
          `<?xml version="1.0"?><!DOCTYPE m [<!ENTITY x SYSTEM "file:///etc/passwd">]>${good.replace('<?xml version="1.0"?>', "").replace('entityID="https://sp.example.com"', 'entityID="&x;"')}`,
          "doctype",
        ],
        [
          `<!DOCTYPE lolz [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><lolz>&c;</lolz>`,
          "doctype",
        ],
        ["<EntityDescriptor", "not_xml"],
        ["not xml at all", "not_xml"],
        ['<html xmlns="http://www.w3.org/1999/xhtml"/>', "not_metadata"],
        [good.replace(/entityID="[^"]*"/, ""), "no_entity_id"],
        [good.replaceAll("SPSSODescriptor", "IDPSSODescriptor"), "no_sp"],
        [good.replace("bindings:HTTP-POST", "bindings:HTTP-Artifact"), "no_post_acs"],
        [good.replace(/<ds:X509Certificate>[^<]*/, "<ds:X509Certificate>AAAA"), "bad_certificate"],
      ];
      for (const [xml, reason] of cases) {
        const refused = await readMetadata(xml);
        expect(refused.statusCode, reason).toBe(400);
        expect(refused.json()).toMatchObject({ code: "VALIDATION_FAILED", field: "xml", reason });
      }
    });

    it("answers generated and mutilated metadata with 200 or a 400, never a 5xx", async () => {
      const good = spMetadataXml({
        entityId: "https://sp.example.com",
        acsUrl: "https://sp.example.com/acs",
      });
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.string({ maxLength: 300 }),
            fc
              .tuple(fc.nat(good.length), fc.nat(good.length), fc.string({ maxLength: 40 }))
              .map(([from, to, inserted]) => good.slice(0, from) + inserted + good.slice(to)),
          ),
          async (xml) => {
            const response = await readMetadata(xml);
            expect([200, 400]).toContain(response.statusCode);
          },
        ),
        { numRuns: 60 },
      );
    });

    it("names the field and the reason of a wrong URL and saves nothing", async () => {
      const before = await appCount();
      const cases: [Record<string, unknown>, string, string][] = [
        [
          { kind: "bookmark", displayName: "A", bookmark: { url: "http://example.com/" } },
          "bookmark.url",
          "not_https",
        ],
        [
          { kind: "bookmark", displayName: "A", bookmark: { url: "https://example.com" } },
          "bookmark.url",
          "not_canonical",
        ],
        [
          { kind: "bookmark", displayName: "A", bookmark: { url: "https://*.example.com/" } },
          "bookmark.url",
          "wildcard",
        ],
        [
          {
            kind: "saml",
            displayName: "A",
            saml: { entityId: "x y", acsUrl: "https://a.example/" },
          },
          "saml.entityId",
          "entity_id",
        ],
        [
          {
            kind: "saml",
            displayName: "A",
            saml: {
              entityId: "x",
              acsUrl: "https://a.example/",
              certificate: "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----",
            },
          },
          "saml.certificate",
          "bad_certificate",
        ],
        [
          {
            kind: "oidc",
            displayName: "A",
            oidc: {
              redirectUris: ["https://a.example/cb#x"],
              initiateLoginUri: "https://a.example/",
            },
          },
          "oidc.redirectUris.0",
          "url_fragment",
        ],
        [
          {
            kind: "oidc",
            displayName: "A",
            oidc: {
              redirectUris: ["https://a.example/cb"],
              initiateLoginUri: "https://a.example/",
              scopes: "profile email",
            },
          },
          "oidc.scopes",
          "scopes",
        ],
        [
          { kind: "bookmark", displayName: "   ", bookmark: { url: "https://example.com/" } },
          "displayName",
          "empty",
        ],
      ];
      for (const [body, field, reason] of cases) {
        const refused = await callApi(server, adminJar, "POST", "/api/admin/apps", body);
        expect(refused.statusCode, field).toBe(400);
        expect(refused.json()).toMatchObject({ code: "VALIDATION_FAILED", field, reason });
      }
      expect(await appCount()).toBe(before);
    });

    it("rotates a client secret only after a verification in the last 5 minutes, audited", async () => {
      const created = await callApi(server, adminJar, "POST", "/api/admin/apps", {
        kind: "oidc",
        displayName: "Tracker",
        oidc: {
          redirectUris: ["https://tracker.example.com/cb"],
          initiateLoginUri: "https://tracker.example.com/login",
          confidential: true,
        },
      });
      const { app, clientSecret } = created.json<{ app: AdminApp; clientSecret: string }>();
      expect(clientSecret).toMatch(/^[\w-]{43}$/);
      const rotate = () =>
        callApi(server, adminJar, "POST", `/api/admin/apps/${app.id}/client-secret`);
      server.clock.advance(6 * 60 * 1000);
      const stale = await rotate();
      expect(stale.statusCode).toBe(403);
      expect(stale.json()).toMatchObject({ code: "RECENT_VERIFICATION_REQUIRED" });
      await callApi(server, adminJar, "POST", "/api/auth/reverify", { password: admin.password });
      const rotated = await rotate();
      expect(rotated.statusCode).toBe(200);
      const fresh = rotated.json<{ clientSecret: string }>().clientSecret;
      expect(fresh).toMatch(/^[\w-]{43}$/);
      expect(fresh).not.toBe(clientSecret);
      const audit = await server.context.db
        .selectFrom("audit_events")
        .select(["event", "actor_id"])
        .where("target_id", "=", app.id)
        .where("event", "=", "app.client_secret_rotated")
        .execute();
      expect(audit).toEqual([{ event: "app.client_secret_rotated", actor_id: admin.id }]);
      // The secret never appears in what the catalog shows.
      const shown = await callApi(server, adminJar, "GET", `/api/admin/apps/${app.id}`);
      expect(shown.body).not.toContain(fresh);
    });

    it("serves an icon as the sniffed image type, sandboxed, and refuses anything else", async () => {
      const created = await callApi(server, adminJar, "POST", "/api/admin/apps", {
        kind: "bookmark",
        displayName: "Handbook",
        bookmark: { url: "https://handbook.example.com/" },
        icon: { type: "image/png", base64: png },
      });
      const id = created.json<{ app: AdminApp }>().app.id;
      const icon = await callApi(server, adminJar, "GET", `/api/admin/apps/${id}/icon`);
      expect(icon.statusCode).toBe(200);
      expect(icon.headers["content-type"]).toBe("image/png");
      expect(icon.headers["content-security-policy"]).toContain("sandbox");
      expect(icon.headers["x-content-type-options"]).toBe("nosniff");
      expect(icon.rawPayload.toString("base64")).toBe(png);
      const svg = Buffer.from(
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      ).toString("base64");
      for (const [iconBody, field] of [
        [{ type: "image/svg+xml", base64: svg }, "icon.type"],
        [{ type: "image/png", base64: svg }, "icon"],
      ] as const) {
        const refused = await callApi(server, adminJar, "PATCH", `/api/admin/apps/${id}`, {
          icon: iconBody,
        });
        expect(refused.statusCode).toBe(400);
        expect(refused.json()).toMatchObject({ code: "VALIDATION_FAILED", field });
      }
      const after = await callApi(server, adminJar, "GET", `/api/admin/apps/${id}/icon`);
      expect(after.rawPayload.toString("base64")).toBe(png);
    });
  });
}
