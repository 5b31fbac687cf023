// The IdP's SAML 2.0 metadata (SAML Metadata §2.4.3 IDPSSODescriptor), published for app owners
// at /saml/metadata: entity ID, signing certificates (active and recently retired) and the
// NameID formats on offer. Sign-in is IdP-initiated from the portal's launcher.
import { nameIdFormats } from "../lib/limits.ts";
import { escapeXml } from "./xml-escape.ts";

export function samlEntityId(origin: string): string {
  return `${origin}/saml/metadata`;
}

function certificateBody(pem: string): string {
  return pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, "").replace(/\s+/g, "");
}

export function buildIdpMetadata(origin: string, certificatesPem: string[]): string {
  const keys = certificatesPem
    .map(
      (pem) =>
        `<md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${certificateBody(pem)}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>`,
    )
    .join("");
  const formats = Object.values(nameIdFormats)
    .map((format) => `<md:NameIDFormat>${format}</md:NameIDFormat>`)
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="${escapeXml(samlEntityId(origin))}">` +
    `<md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">` +
    keys +
    formats +
    `<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="${escapeXml(origin)}/saml/sso"/>` +
    `</md:IDPSSODescriptor>` +
    `</md:EntityDescriptor>\n`
  );
}
