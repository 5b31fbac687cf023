// The hand-built parts of the SAML engine: XML escaping leaves no way to add markup, and the
// self-signed certificate is one Node's X.509 parser accepts and can verify.
import { generateKeyPairSync, X509Certificate } from "node:crypto";
import { describe, expect, it } from "vitest";
import { escapeXml } from "../../../../server/saml/xml-escape.ts";
import { createSelfSignedCertificate } from "../../../../server/sso/self-signed-certificate.ts";

describe("XML escaping", () => {
  it("escapes markup and quotes and drops characters XML cannot carry", () => {
    expect(escapeXml(`<a href="x">'&'</a>\u0000\u0008`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;",
    );
  });
});

describe("self-signed certificate", () => {
  it("is valid X.509 with the given name and period, signed by its own key", () => {
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const serial = Buffer.from("ff0102030405060708090a0b0c0d0e0f", "hex"); // high bit set
    const pem = createSelfSignedCertificate({
      privateKey,
      commonName: "Gatehouse SAML signing",
      serial,
      notBefore: new Date(Date.UTC(2026, 0, 1)),
      notAfter: new Date(Date.UTC(2056, 0, 1)), // past 2049: GeneralizedTime
    });
    const certificate = new X509Certificate(pem);
    expect(certificate.subject).toBe("CN=Gatehouse SAML signing");
    expect(certificate.issuer).toBe(certificate.subject);
    expect(new Date(certificate.validFrom).toISOString()).toBe("2026-01-01T00:00:00.000Z");
    expect(new Date(certificate.validTo).toISOString()).toBe("2056-01-01T00:00:00.000Z");
    expect(certificate.serialNumber.toLowerCase()).toBe("ff0102030405060708090a0b0c0d0e0f"); // a positive INTEGER
    expect(certificate.verify(certificate.publicKey)).toBe(true);
  });
});
