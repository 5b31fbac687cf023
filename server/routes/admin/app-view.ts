// An app of the catalog as the admin API shows it (never its client secret), and the errors of
// a catalog operation: an unknown app or group, or the field an admin got wrong.
import type { CatalogResult } from "../../admin/app-admin.ts";
import { listAssignmentsWithNames } from "../../apps/app-store.ts";
import { AppError } from "../../errors.ts";
import { certificateFromBase64, type SpCertificate } from "../../saml/sp-metadata.ts";
import type { AdminApp } from "../../schemas/apps.ts";
import type { App } from "../../storage/apps-schema.ts";
import type { Db } from "../../storage/database.ts";

export async function adminAppView(db: Db, row: App): Promise<AdminApp> {
  return {
    id: row.id,
    kind: row.kind,
    displayName: row.display_name,
    notes: row.notes,
    requireMfa: row.require_mfa === 1,
    hasIcon: row.icon_data !== null,
    ...(row.launch_url === null ? {} : { bookmark: { url: row.launch_url } }),
    ...(row.kind === "saml"
      ? {
          saml: {
            entityId: row.saml_entity_id ?? "",
            acsUrl: row.saml_acs_url ?? "",
            nameIdFormat: row.saml_name_id_format ?? "emailAddress",
            attributes: JSON.parse(row.saml_attributes ?? "{}") as Record<string, string>,
            certificate: spCertificateOf(row.saml_sp_certificate),
          },
        }
      : {}),
    ...(row.kind === "oidc"
      ? {
          oidc: {
            clientId: row.oidc_client_id ?? "",
            confidential: row.oidc_client_secret_hash !== null,
            tokenEndpointAuthMethod:
              row.oidc_client_secret_hash === null
                ? ("none" as const)
                : (row.oidc_token_endpoint_auth_method ?? "client_secret_basic"),
            idTokenSigningAlg: row.oidc_id_token_signing_alg ?? "RS256",
            redirectUris: JSON.parse(row.oidc_redirect_uris ?? "[]") as string[],
            initiateLoginUri: row.oidc_initiate_login_uri,
            scopes: row.oidc_scopes ?? "openid",
          },
        }
      : {}),
    assignments: (await listAssignmentsWithNames(db, row.id)).map((assignment) => ({
      principalType: assignment.principal_type,
      principalId: assignment.principal_id,
      name: assignment.user_name ?? assignment.group_name ?? assignment.principal_id,
      email: assignment.user_email,
    })),
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

function spCertificateOf(pem: string | null): SpCertificate | null {
  const base64 = pem?.replace(/-----(BEGIN|END) CERTIFICATE-----|\s+/g, "");
  return base64 === undefined ? null : (certificateFromBase64(base64) ?? null);
}

export function catalogValue<T>(
  result: CatalogResult<T>,
  notFound: "APP_NOT_FOUND" | "GROUP_NOT_FOUND",
): T {
  if (result.ok) {
    return result.value;
  }
  if (result.reason === "not_found") {
    throw new AppError(
      notFound,
      notFound === "APP_NOT_FOUND" ? "No such app." : "No such group or user.",
    );
  }
  throw new AppError("VALIDATION_FAILED", `${result.field} ${result.problem}.`, result.field, {
    ...(result.why === undefined ? {} : { reason: result.why }),
  });
}
