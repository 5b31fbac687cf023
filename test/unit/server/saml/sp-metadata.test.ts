// Reading an SP's metadata: what node-saml publishes is read whole; the ACS chosen is the
// HTTP-POST one marked default (else the lowest index); an EntitiesDescriptor with one entity is
// accepted, with several refused; any DTD is refused before parsing.
import { describe, expect, it } from "vitest";
import { readSpMetadata } from "../../../../server/saml/sp-metadata.ts";
import { spMetadataXml, spSigningKey } from "../../../fixtures/saml-sp.ts";

const md = "urn:oasis:names:tc:SAML:2.0:metadata";
const post = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST";
const entity = (services: string, id = "https://sp.example.com") =>
  `<EntityDescriptor xmlns="${md}" entityID="${id}"><SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">${services}</SPSSODescriptor></EntityDescriptor>`;

describe("SP metadata", () => {
  it("reads node-saml's metadata: entity ID, ACS URL and the signing certificate", () => {
    const key = spSigningKey("Unit SP");
    const read = readSpMetadata(
      spMetadataXml({ entityId: "urn:sp:unit", acsUrl: "https://sp.example.com/acs", key }),
    );
    expect(read).toMatchObject({
      ok: true,
      metadata: {
        entityId: "urn:sp:unit",
        acsUrl: "https://sp.example.com/acs",
        certificate: { subject: "CN=Unit SP" },
      },
    });
    const pem = read.ok ? (read.metadata.certificate?.pem ?? "") : "";
    expect(pem.replace(/\s+/g, "")).toBe(key.certificate.replace(/\s+/g, ""));
  });

  it("picks the HTTP-POST service marked default, else the lowest index", () => {
    const services = (defaultOne: string) =>
      `<AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Artifact" Location="https://sp.example.com/artifact" index="0"/>` +
      `<AssertionConsumerService Binding="${post}" Location="https://sp.example.com/two" index="2"${defaultOne === "two" ? ' isDefault="true"' : ""}/>` +
      `<AssertionConsumerService Binding="${post}" Location="https://sp.example.com/one" index="1"/>`;
    expect(readSpMetadata(entity(services("two")))).toMatchObject({
      metadata: { acsUrl: "https://sp.example.com/two", certificate: null },
    });
    expect(readSpMetadata(entity(services("")))).toMatchObject({
      metadata: { acsUrl: "https://sp.example.com/one" },
    });
  });

  it("takes an EntitiesDescriptor holding one entity, not several", () => {
    const one = entity(
      `<AssertionConsumerService Binding="${post}" Location="https://a.example/acs"/>`,
    );
    const wrap = (inner: string) =>
      `<EntitiesDescriptor xmlns="${md}">${inner}</EntitiesDescriptor>`;
    expect(readSpMetadata(wrap(one))).toMatchObject({ ok: true });
    expect(readSpMetadata(wrap(one + one))).toEqual({ ok: false, problem: "not_metadata" });
  });

  it("refuses any DTD, internal or external, before parsing", () => {
    for (const doctype of [
      '<!DOCTYPE x SYSTEM "http://attacker.example/x.dtd">',
      '<!doctype x [<!ENTITY a "b">]>',
      "<!ENTITY a 'b'>",
    ]) {
      expect(readSpMetadata(`${doctype}<x/>`)).toEqual({ ok: false, problem: "doctype" });
    }
  });
});
