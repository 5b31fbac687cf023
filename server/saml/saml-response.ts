// IdP-initiated SAML 2.0 Web SSO (SAML Profiles §4.1) with the HTTP-POST binding: a Response with
// one Assertion, both signed with RSA-SHA256 and exclusive canonicalization. Audience, Recipient,
// Destination and NotOnOrAfter come from the app's registration and the injected clock only.
import type { SignedXml as SignedXmlClass } from "xml-crypto";
import type { Random } from "../lib/clock.ts";
import { escapeXml } from "./xml-escape.ts";

const rsaSha256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";
const sha256 = "http://www.w3.org/2001/04/xmlenc#sha256";
const exclusiveC14n = "http://www.w3.org/2001/10/xml-exc-c14n#";
const envelopedSignature = "http://www.w3.org/2000/09/xmldsig#enveloped-signature";

/** How long the SP may accept the assertion: enough for the browser's POST, no more. */
export const assertionLifetimeMs = 5 * 60_000;
/** Clock skew allowance before IssueInstant (SAML Core §2.5.1.2 leaves it to deployments). */
const notBeforeSkewMs = 60_000;

export type SamlResponseInput = {
  idpEntityId: string;
  spEntityId: string; // the Audience (SAML Core §2.5.1.4)
  acsUrl: string; // Destination and Recipient (SAML Core §3.2.2, Profiles §4.1.4.2)
  nameId: { format: string; value: string };
  attributes: { name: string; value: string }[];
  /** Set only for SP-initiated flows (SAML Core §3.2.2); IdP-initiated responses omit it. */
  inResponseTo?: string;
  sessionIndex: string;
  nowMs: number;
  random: Random;
  signing: { privateKeyPem: string; certificatePem: string };
};

function instant(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** xs:ID values must be NCNames: a leading underscore, then 160 random bits in hex. */
function newId(random: Random): string {
  return `_${random.bytes(20).toString("hex")}`;
}

export async function buildSignedSamlResponse(input: SamlResponseInput): Promise<string> {
  // xml-crypto (with its XML parser) is loaded by the first SAML launch, not at start-up. It is
  // CommonJS, so its exports are read from the default export: the server bundle gives a
  // CommonJS module imported this way no named exports (scripts/build.ts).
  const { default: xmlCrypto } = await import("xml-crypto");
  const { SignedXml } = xmlCrypto;
  const responseId = newId(input.random);
  const assertionId = newId(input.random);
  const issued = instant(input.nowMs);
  const notOnOrAfter = instant(input.nowMs + assertionLifetimeMs);
  const inResponseTo =
    input.inResponseTo === undefined ? "" : ` InResponseTo="${escapeXml(input.inResponseTo)}"`;
  const attributes = input.attributes
    .map(
      ({ name, value }) =>
        `<saml:Attribute Name="${escapeXml(name)}" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:basic">` +
        `<saml:AttributeValue xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="xs:string">${escapeXml(value)}</saml:AttributeValue>` +
        `</saml:Attribute>`,
    )
    .join("");
  const assertion =
    `<saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${assertionId}" Version="2.0" IssueInstant="${issued}">` +
    `<saml:Issuer>${escapeXml(input.idpEntityId)}</saml:Issuer>` +
    `<saml:Subject>` +
    `<saml:NameID Format="${escapeXml(input.nameId.format)}">${escapeXml(input.nameId.value)}</saml:NameID>` +
    `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">` +
    // Profiles §4.1.4.2: bearer confirmation with Recipient = ACS and NotOnOrAfter.
    `<saml:SubjectConfirmationData NotOnOrAfter="${notOnOrAfter}" Recipient="${escapeXml(input.acsUrl)}"${inResponseTo}/>` +
    `</saml:SubjectConfirmation>` +
    `</saml:Subject>` +
    `<saml:Conditions NotBefore="${instant(input.nowMs - notBeforeSkewMs)}" NotOnOrAfter="${notOnOrAfter}">` +
    `<saml:AudienceRestriction><saml:Audience>${escapeXml(input.spEntityId)}</saml:Audience></saml:AudienceRestriction>` +
    `</saml:Conditions>` +
    `<saml:AuthnStatement AuthnInstant="${issued}" SessionIndex="${escapeXml(input.sessionIndex)}">` +
    `<saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext>` +
    `</saml:AuthnStatement>` +
    (attributes === "" ? "" : `<saml:AttributeStatement>${attributes}</saml:AttributeStatement>`) +
    `</saml:Assertion>`;
  const response =
    `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${responseId}" Version="2.0" IssueInstant="${issued}" Destination="${escapeXml(input.acsUrl)}"${inResponseTo}>` +
    `<saml:Issuer>${escapeXml(input.idpEntityId)}</saml:Issuer>` +
    `<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>` +
    assertion +
    `</samlp:Response>`;
  // SAML Core §5.4.1–5.4.2: enveloped signatures referencing the element's ID, placed right after
  // its Issuer as the schema demands. The assertion is signed first, then the whole response.
  const signedAssertion = sign(
    SignedXml,
    response,
    "//*[local-name(.)='Assertion']",
    "//*[local-name(.)='Assertion']/*[local-name(.)='Issuer']",
    input.signing,
  );
  return sign(
    SignedXml,
    signedAssertion,
    "/*[local-name(.)='Response']",
    "/*[local-name(.)='Response']/*[local-name(.)='Issuer']",
    input.signing,
  );
}

function sign(
  SignedXml: typeof SignedXmlClass,
  xml: string,
  target: string,
  after: string,
  signing: SamlResponseInput["signing"],
): string {
  const signature = new SignedXml({
    privateKey: signing.privateKeyPem,
    publicCert: signing.certificatePem,
    signatureAlgorithm: rsaSha256,
    canonicalizationAlgorithm: exclusiveC14n,
  });
  signature.addReference({
    xpath: target,
    digestAlgorithm: sha256,
    transforms: [envelopedSignature, exclusiveC14n],
  });
  signature.computeSignature(xml, { location: { reference: after, action: "after" } });
  return signature.getSignedXml();
}
