import { generateKeyPairSync, X509Certificate } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createSelfSignedCertificate } from "../../../../server/sso/self-signed-certificate.ts";

describe("the IdP's self-signed certificate", () => {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const notBefore = new Date(Date.UTC(2026, 0, 1));
  const notAfter = new Date(Date.UTC(2036, 0, 1));
  const pem = createSelfSignedCertificate({
    privateKey,
    commonName: "Gatehouse SAML signing",
    serial: Buffer.from("0123456789abcdef", "hex"),
    notBefore,
    notAfter,
  });

  it("is a certificate Node's own X.509 parser reads, with the names and dates asked for", () => {
    const certificate = new X509Certificate(pem);
    expect(certificate.subject).toBe("CN=Gatehouse SAML signing");
    expect(certificate.issuer).toBe(certificate.subject);
    expect(certificate.serialNumber.toLowerCase()).toBe("0123456789abcdef");
    expect(new Date(certificate.validFrom).getTime()).toBe(notBefore.getTime());
    expect(new Date(certificate.validTo).getTime()).toBe(notAfter.getTime());
  });

  it("carries the key it was made for and is signed by it, and by no other", () => {
    const certificate = new X509Certificate(pem);
    expect(certificate.publicKey.export({ type: "spki", format: "pem" })).toBe(
      publicKey.export({ type: "spki", format: "pem" }),
    );
    expect(certificate.verify(publicKey)).toBe(true);
    const other = generateKeyPairSync("rsa", { modulusLength: 2048 }).publicKey;
    expect(certificate.verify(other)).toBe(false);
  });
});
