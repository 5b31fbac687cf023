// What the audit log records of an app (docs/admin.md "Audit log"): its settings in words an admin
// reads, never its client secret (only its hash is stored, and not even that is recorded); the
// icon's bytes are "set" or "none", the SP certificate is named by its SHA-256 fingerprint.
import type { AuditValues } from "../audit/audit-change.ts";
import { certificateFromBase64 } from "../saml/sp-metadata.ts";
import type { App } from "../storage/apps-schema.ts";

export function appAuditValues(app: App): AuditValues {
  const common: AuditValues = {
    displayName: app.display_name,
    notes: app.notes,
    requireMfa: app.require_mfa === 1,
    icon: app.icon_data === null ? "none" : iconVersion(app),
  };
  if (app.kind === "bookmark") {
    return { ...common, url: app.launch_url };
  }
  if (app.kind === "saml") {
    return {
      ...common,
      entityId: app.saml_entity_id,
      acsUrl: app.saml_acs_url,
      nameIdFormat: app.saml_name_id_format,
      attributes: app.saml_attributes,
      certificate: certificateName(app.saml_sp_certificate),
    };
  }
  return {
    ...common,
    redirectUris: JSON.parse(app.oidc_redirect_uris ?? "[]") as string[],
    initiateLoginUri: app.oidc_initiate_login_uri,
    scopes: app.oidc_scopes,
    tokenEndpointAuthMethod: app.oidc_token_endpoint_auth_method,
    idTokenSigningAlg: app.oidc_id_token_signing_alg,
  };
}

/** "set" for an icon, told apart from another icon by its length and a few bytes only. */
function iconVersion(app: App): string {
  const data = app.icon_data ?? "";
  return `set (${app.icon_type ?? "image"}, ${Math.floor((data.length * 3) / 4)} bytes, …${data.slice(-8)})`;
}

function certificateName(pem: string | null): string {
  if (pem === null) {
    return "none";
  }
  const base64 = pem.replace(/-----(BEGIN|END) CERTIFICATE-----|\s+/g, "");
  const certificate = certificateFromBase64(base64);
  return certificate === undefined ? "set" : `SHA-256 ${certificate.sha256}`;
}
