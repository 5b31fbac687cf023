// The SAML IdP against a real service provider (@node-saml/node-saml): a launch posts a signed
// Response to the registered ACS only, the SP accepts it, and rejects any tampered copy.
import { SAML } from "@node-saml/node-saml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeAssignment, createApp } from "../../server/admin/app-admin.ts";
import {
  callApi,
  CookieJar,
  createTestUser,
  signIn,
  startTestServer,
  testOrigin,
  type TestServer,
  type TestUser,
} from "../fixtures/test-server.ts";

const acsUrl = "https://sp.example.com/saml/acs";
const spEntityId = "urn:example:sp";

let server: TestServer;
let alice: TestUser;
let jar: CookieJar;
let appId: string;

beforeAll(async () => {
  server = await startTestServer();
  alice = await createTestUser(server);
  jar = new CookieJar();
  await signIn(server, jar, alice);
  const actor = { db: server.context.db, now: server.clock.now(), actorId: null };
  const created = await createApp(actor, "saml", {
    displayName: "Expenses",
    saml: {
      entityId: spEntityId,
      acsUrl,
      nameIdFormat: "emailAddress",
      attributes: { email: "email", givenName: "firstName" },
    },
  });
  if (!created.ok) {
    throw new Error("could not create the app");
  }
  appId = created.value.app.id;
  await changeAssignment(actor, { appId, principalType: "user", principalId: alice.id }, true);
});
afterAll(() => server.close());

async function idpCertificate(): Promise<string> {
  const metadata = (await server.request({ method: "GET", url: "/saml/metadata" })).body;
  const body = /<ds:X509Certificate>([^<]+)</.exec(metadata)?.[1] ?? "";
  return `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----`;
}

/** node-saml checks times against the wall clock; the test server runs on a manual clock. */
function serviceProvider(cert: string): SAML {
  return new SAML({
    idpCert: cert,
    issuer: spEntityId,
    audience: spEntityId,
    callbackUrl: acsUrl,
    idpIssuer: `${testOrigin}/saml/metadata`,
    wantAssertionsSigned: true,
    wantAuthnResponseSigned: true,
    acceptedClockSkewMs: Math.abs(Date.now() - server.clock.now()) + 60_000,
  });
}

async function launchResponse(): Promise<{ html: string; samlResponse: string; csp: string }> {
  const launch = await callApi(server, jar, "POST", `/api/apps/${appId}/launch`);
  const path = new URL(launch.json<{ url: string }>().url).pathname;
  const page = await server.request({ method: "GET", url: path });
  expect(page.statusCode).toBe(200);
  const samlResponse = /name="SAMLResponse" value="([^"]+)"/.exec(page.body)?.[1] ?? "";
  return {
    html: page.body,
    samlResponse,
    csp: String(page.headers["content-security-policy"]),
  };
}

describe("SAML IdP with a real service provider", () => {
  it("publishes metadata with a signing certificate", async () => {
    const metadata = await server.request({ method: "GET", url: "/saml/metadata" });
    expect(metadata.headers["content-type"]).toContain("application/samlmetadata+xml");
    expect(metadata.body).toContain(`entityID="${testOrigin}/saml/metadata"`);
    expect(metadata.body).toContain('use="signing"');
  });

  it("posts a signed response to the registered ACS, which the SP accepts", async () => {
    const { html, samlResponse, csp } = await launchResponse();
    expect(html).toContain(`action="${acsUrl}"`);
    expect(csp).toContain("form-action 'self' https://sp.example.com");
    expect(csp).toMatch(/script-src 'nonce-[^']+'/);
    const { profile } = await serviceProvider(await idpCertificate()).validatePostResponseAsync({
      SAMLResponse: samlResponse,
    });
    expect(profile?.nameID).toBe(alice.email);
    expect(profile?.email).toBe(alice.email);
    expect(profile?.givenName).toBe("Test");
    const xml = Buffer.from(samlResponse, "base64").toString("utf8");
    expect(xml).toContain(`<saml:Audience>${spEntityId}</saml:Audience>`);
    expect(xml).toContain(`Recipient="${acsUrl}"`);
    expect(xml).toContain(`Destination="${acsUrl}"`);
    expect(xml).not.toContain("InResponseTo");
    expect(xml).toContain(
      'SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"',
    );
    const notOnOrAfter = /Conditions NotBefore="[^"]+" NotOnOrAfter="([^"]+)"/.exec(xml)?.[1];
    expect(Date.parse(notOnOrAfter ?? "")).toBe(server.clock.now() + 5 * 60_000);
  });

  it("produces a response the SP rejects once anyone changes it", async () => {
    const { samlResponse } = await launchResponse();
    const xml = Buffer.from(samlResponse, "base64").toString("utf8");
    const tampered = xml.replaceAll(alice.email, "admin@example.com");
    expect(tampered).not.toBe(xml);
    await expect(
      serviceProvider(await idpCertificate()).validatePostResponseAsync({
        SAMLResponse: Buffer.from(tampered, "utf8").toString("base64"),
      }),
    ).rejects.toThrow(/signature/i);
  });

  it("is rejected by an SP that trusts another certificate", async () => {
    const { samlResponse } = await launchResponse();
    const other = await startTestServer();
    try {
      await createTestUser(other); // an organization, so the other server has its own keys
      const metadata = (await other.request({ method: "GET", url: "/saml/metadata" })).body;
      const body = /<ds:X509Certificate>([^<]+)</.exec(metadata)?.[1] ?? "";
      await expect(
        serviceProvider(
          `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----`,
        ).validatePostResponseAsync({
          SAMLResponse: samlResponse,
        }),
      ).rejects.toThrow();
    } finally {
      await other.close();
    }
  });
});
