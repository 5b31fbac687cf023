// Reads what registering a SAML service provider needs from its metadata (SAML 2.0 Metadata,
// saml-metadata-2.0-os §2.4.4): entity ID, the HTTP-POST assertion consumer service and the
// signing certificate. Untrusted input: a document type declaration is refused before parsing,
// so no entity is ever expanded or fetched (OWASP XXE Prevention; "billion laughs").
import { X509Certificate } from "node:crypto";
import { DOMParser, type Element } from "@xmldom/xmldom";

const metadataNs = "urn:oasis:names:tc:SAML:2.0:metadata";
const signatureNs = "http://www.w3.org/2000/09/xmldsig#";
const postBinding = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST";

export type SpCertificate = { pem: string; subject: string; notAfter: string; sha256: string };
export type SpMetadata = { entityId: string; acsUrl: string; certificate: SpCertificate | null };

/** Why metadata was refused; the console words each one (renderer/features/admin/app-form-messages.ts). */
export type MetadataProblem =
  | "doctype"
  | "not_xml"
  | "not_metadata"
  | "no_entity_id"
  | "no_sp"
  | "no_post_acs"
  | "bad_certificate";

export type MetadataRead =
  { ok: true; metadata: SpMetadata } | { ok: false; problem: MetadataProblem };

export function readSpMetadata(xml: string): MetadataRead {
  // Metadata never needs a DTD; refusing one outright is what stops entity expansion and
  // external entities whatever the parser would do with them.
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
    return { ok: false, problem: "doctype" };
  }
  let root: Element | null;
  try {
    const parser = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") {
          throw new Error(message);
        }
      },
    });
    root = parser.parseFromString(xml, "text/xml").documentElement;
  } catch {
    return { ok: false, problem: "not_xml" };
  }
  const entity = entityDescriptorOf(root);
  if (entity === undefined) {
    return { ok: false, problem: "not_metadata" };
  }
  const entityId = entity.getAttribute("entityID") ?? "";
  if (!/^\S{1,1024}$/.test(entityId)) {
    return { ok: false, problem: "no_entity_id" };
  }
  const sp = children(entity, metadataNs, "SPSSODescriptor")[0];
  if (sp === undefined) {
    return { ok: false, problem: "no_sp" };
  }
  const acs = postAssertionConsumer(sp);
  if (acs === undefined) {
    return { ok: false, problem: "no_post_acs" };
  }
  const certificate = signingCertificate(sp);
  if (certificate === "bad") {
    return { ok: false, problem: "bad_certificate" };
  }
  return { ok: true, metadata: { entityId, acsUrl: acs, certificate } };
}

/** The one EntityDescriptor: the root, or the only one inside an EntitiesDescriptor (§2.3.1). */
function entityDescriptorOf(root: Element | null): Element | undefined {
  if (root === null || root.namespaceURI !== metadataNs) {
    return undefined;
  }
  if (root.localName === "EntityDescriptor") {
    return root;
  }
  const entities =
    root.localName === "EntitiesDescriptor" ? children(root, metadataNs, "EntityDescriptor") : [];
  return entities.length === 1 ? entities[0] : undefined;
}

/** The HTTP-POST endpoint marked isDefault, else the lowest index, else the first (§2.2.3). */
function postAssertionConsumer(sp: Element): string | undefined {
  const post = children(sp, metadataNs, "AssertionConsumerService").filter(
    (service) => service.getAttribute("Binding") === postBinding,
  );
  const byDefault = post.find((service) => service.getAttribute("isDefault") === "true");
  const byIndex = [...post].sort(
    (a, b) => Number(a.getAttribute("index") ?? 0) - Number(b.getAttribute("index") ?? 0),
  )[0];
  const location = (byDefault ?? byIndex)?.getAttribute("Location");
  return location === null || location === undefined || location === "" ? undefined : location;
}

/** A KeyDescriptor for signing (or for any use, §2.4.1.1) with an X.509 certificate. */
function signingCertificate(sp: Element): SpCertificate | null | "bad" {
  const descriptor = children(sp, metadataNs, "KeyDescriptor").find((key) => {
    const use = key.getAttribute("use");
    return use === null || use === "" || use === "signing";
  });
  const keyInfo =
    descriptor === undefined ? undefined : children(descriptor, signatureNs, "KeyInfo")[0];
  const data = keyInfo === undefined ? undefined : children(keyInfo, signatureNs, "X509Data")[0];
  const encoded =
    data === undefined ? undefined : children(data, signatureNs, "X509Certificate")[0];
  if (encoded === undefined) {
    return null;
  }
  return certificateFromBase64((encoded.textContent ?? "").replace(/\s+/g, "")) ?? "bad";
}

/** A DER certificate in base64 as PEM with what the console shows of it, or undefined. */
export function certificateFromBase64(base64: string): SpCertificate | undefined {
  if (base64 === "" || !/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) {
    return undefined;
  }
  try {
    const certificate = new X509Certificate(Buffer.from(base64, "base64"));
    const lines = certificate.raw.toString("base64").match(/.{1,64}/g) ?? [];
    return {
      pem: `-----BEGIN CERTIFICATE-----\n${lines.join("\n")}\n-----END CERTIFICATE-----\n`,
      subject: certificate.subject.replaceAll("\n", ", "),
      notAfter: new Date(certificate.validTo).toISOString(),
      sha256: certificate.fingerprint256,
    };
  } catch {
    return undefined;
  }
}

function children(parent: Element, namespace: string, localName: string): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node !== null; node = node.nextSibling) {
    const element = node as Element;
    if (
      node.nodeType === 1 &&
      element.namespaceURI === namespace &&
      element.localName === localName
    ) {
      found.push(element);
    }
  }
  return found;
}
