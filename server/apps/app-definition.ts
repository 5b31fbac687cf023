// An app's definition as an admin gives it (CLI or API) turned into table columns, with the
// boundary checks of app-validation.ts; a problem comes back as a value naming the field.
import {
  nameIdFormats,
  userAttributeFields,
  type NameIdFormat,
  type UserAttributeField,
} from "../lib/limits.ts";
import type {
  AppKind,
  NewApp,
  OidcClientAuthMethod,
  OidcIdTokenSigningAlg,
} from "../storage/apps-schema.ts";
import { certificateFromBase64 } from "../saml/sp-metadata.ts";
import { checkAppUrl, checkIcon, checkScopes } from "./app-validation.ts";

export type AppDefinition = {
  displayName: string;
  notes?: string | null;
  requireMfa?: boolean;
  icon?: { type: string; base64: string } | null;
  bookmark?: { url: string };
  saml?: {
    entityId: string;
    acsUrl: string;
    nameIdFormat?: NameIdFormat;
    attributes?: Record<string, UserAttributeField>;
    /** The SP's signing certificate (PEM), as its metadata gives it; null to forget it. */
    certificate?: string | null;
  };
  oidc?: {
    redirectUris: string[];
    initiateLoginUri: string;
    /** A confidential client gets a secret (shown once); a public one relies on PKCE alone. */
    confidential?: boolean;
    /** How a confidential client authenticates at the token endpoint; basic unless said. */
    tokenEndpointAuthMethod?: OidcClientAuthMethod;
    /** ES256 unless said: smaller and far cheaper to sign than RS256 (docs/sso.md). */
    idTokenSigningAlg?: OidcIdTokenSigningAlg;
    scopes?: string;
  };
};

export type Invalid = {
  ok: false;
  reason: "invalid";
  field: string;
  problem: string;
  /** Which check failed, as data the portal words (e.g. "name_taken"), where there is one. */
  why?: string;
};

export const invalid = (field: string, problem: string, why?: string): Invalid => ({
  ok: false,
  reason: "invalid",
  field,
  problem,
  ...(why === undefined ? {} : { why }),
});

type KindColumns = Pick<
  NewApp,
  | "launch_url"
  | "saml_entity_id"
  | "saml_acs_url"
  | "saml_name_id_format"
  | "saml_attributes"
  | "saml_sp_certificate"
  | "oidc_redirect_uris"
  | "oidc_initiate_login_uri"
  | "oidc_scopes"
  | "oidc_token_endpoint_auth_method"
  | "oidc_id_token_signing_alg"
>;

export function kindColumns(kind: AppKind, definition: AppDefinition): KindColumns | Invalid {
  const empty: KindColumns = {
    launch_url: null,
    saml_entity_id: null,
    saml_acs_url: null,
    saml_name_id_format: null,
    saml_attributes: null,
    saml_sp_certificate: null,
    oidc_redirect_uris: null,
    oidc_initiate_login_uri: null,
    oidc_scopes: null,
    oidc_token_endpoint_auth_method: null,
    oidc_id_token_signing_alg: null,
  };
  const others = (["bookmark", "saml", "oidc"] as const).filter((other) => other !== kind);
  const stray = others.find((other) => definition[other] !== undefined);
  if (stray !== undefined) {
    return invalid(stray, `does not belong to a ${kind} app`);
  }
  if (kind === "bookmark") {
    const url =
      definition.bookmark === undefined ? undefined : checkAppUrl(definition.bookmark.url);
    if (url === undefined || !url.ok) {
      return invalid("bookmark.url", url?.problem ?? "is required", url?.why ?? "empty");
    }
    return { ...empty, launch_url: url.url };
  }
  if (kind === "saml") {
    const saml = definition.saml;
    if (saml === undefined) {
      return invalid("saml", "is required");
    }
    if (!/^\S{1,1024}$/.test(saml.entityId)) {
      return invalid("saml.entityId", "must be 1 to 1024 characters without spaces", "entity_id");
    }
    const acs = checkAppUrl(saml.acsUrl);
    if (!acs.ok) {
      return invalid("saml.acsUrl", acs.problem, acs.why);
    }
    const attributes = saml.attributes ?? {};
    for (const [name, field] of Object.entries(attributes)) {
      if (!/^\S{1,256}$/.test(name) || !userAttributeFields.includes(field)) {
        return invalid("saml.attributes", `maps ${name} to an unknown field`);
      }
    }
    const format = saml.nameIdFormat ?? "emailAddress";
    if (!(format in nameIdFormats)) {
      return invalid("saml.nameIdFormat", "is not a supported NameID format");
    }
    const certificate = samlCertificate(saml.certificate);
    if (certificate === undefined) {
      return invalid("saml.certificate", "must be one X.509 certificate in PEM", "bad_certificate");
    }
    return {
      ...empty,
      saml_sp_certificate: certificate,
      saml_entity_id: saml.entityId,
      saml_acs_url: acs.url,
      saml_name_id_format: format,
      saml_attributes: JSON.stringify(attributes),
    };
  }
  const oidc = definition.oidc;
  if (oidc === undefined) {
    return invalid("oidc", "is required");
  }
  if (oidc.redirectUris.length === 0 || oidc.redirectUris.length > 10) {
    return invalid("oidc.redirectUris", "must list 1 to 10 redirect URIs", "empty");
  }
  for (const [index, uri] of oidc.redirectUris.entries()) {
    const check = checkAppUrl(uri);
    if (!check.ok) {
      return invalid(`oidc.redirectUris.${index}`, check.problem, check.why);
    }
  }
  // The portal launches an OIDC app through its initiate_login_uri (OIDC Core §4), which MUST
  // use https (http://localhost for development).
  const initiate = checkAppUrl(oidc.initiateLoginUri);
  if (!initiate.ok) {
    return invalid("oidc.initiateLoginUri", initiate.problem, initiate.why);
  }
  const scopes = oidc.scopes ?? "openid profile email";
  const scopeCheck = checkScopes(scopes);
  if (!scopeCheck.ok) {
    return invalid("oidc.scopes", scopeCheck.problem, scopeCheck.why);
  }
  const method = oidc.tokenEndpointAuthMethod;
  if (method !== undefined && !["client_secret_basic", "client_secret_post"].includes(method)) {
    return invalid(
      "oidc.tokenEndpointAuthMethod",
      "must be client_secret_basic or client_secret_post",
    );
  }
  if (method !== undefined && oidc.confidential !== true) {
    return invalid("oidc.tokenEndpointAuthMethod", "applies to confidential clients only");
  }
  const alg = oidc.idTokenSigningAlg ?? "ES256";
  if (alg !== "ES256" && alg !== "RS256") {
    return invalid("oidc.idTokenSigningAlg", "must be ES256 or RS256");
  }
  return {
    ...empty,
    oidc_id_token_signing_alg: alg,
    oidc_redirect_uris: JSON.stringify([...new Set(oidc.redirectUris)]),
    oidc_initiate_login_uri: initiate.url,
    oidc_scopes: scopes,
    oidc_token_endpoint_auth_method:
      oidc.confidential === true ? (method ?? "client_secret_basic") : null,
  };
}

export function iconColumns(
  icon: AppDefinition["icon"],
): Pick<NewApp, "icon_type" | "icon_data"> | Invalid {
  if (icon === undefined || icon === null) {
    return { icon_type: null, icon_data: null };
  }
  const check = checkIcon(icon.type, icon.base64);
  return check.ok
    ? { icon_type: check.type, icon_data: check.base64 }
    : invalid("icon", check.problem, check.why);
}

export function checkCommon(
  definition: Pick<AppDefinition, "displayName" | "notes">,
): Invalid | undefined {
  if (definition.displayName.trim() === "" || definition.displayName.length > 100) {
    return invalid("displayName", "must be 1 to 100 characters long", "empty");
  }
  if (
    definition.notes !== undefined &&
    definition.notes !== null &&
    definition.notes.length > 4000
  ) {
    return invalid("notes", "must be at most 4000 characters long");
  }
  return undefined;
}

/** A PEM certificate as stored (normalized), null for none, undefined when it is not one. */
function samlCertificate(pem: string | null | undefined): string | null | undefined {
  if (pem === undefined || pem === null || pem.trim() === "") {
    return null;
  }
  const body =
    /^\s*-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\s]+)-----END CERTIFICATE-----\s*$/.exec(pem);
  return body?.[1] === undefined
    ? undefined
    : certificateFromBase64(body[1].replace(/\s+/g, ""))?.pem;
}

export function blankToNull(value: string | null | undefined): string | null {
  return value === undefined || value === null || value.trim() === "" ? null : value.trim();
}
