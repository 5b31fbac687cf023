// A new app as the console's form holds it, and the body the server's POST /api/admin/apps takes:
// only the chosen kind's block, redirect URIs one a line, blank notes left out.
import type { AppKind, CreateAppBody, SamlMetadataRead } from "./app-api.ts";

export type AppDraft = {
  kind: AppKind;
  displayName: string;
  notes: string;
  requireMfa: boolean;
  url: string;
  entityId: string;
  acsUrl: string;
  certificate: SamlMetadataRead["certificate"];
  redirectUris: string;
  initiateLoginUri: string;
  confidential: boolean;
};

export const emptyDraft: AppDraft = {
  kind: "saml",
  displayName: "",
  notes: "",
  requireMfa: false,
  url: "",
  entityId: "",
  acsUrl: "",
  certificate: null,
  redirectUris: "",
  initiateLoginUri: "",
  confidential: true,
};

export function createBodyOf(draft: AppDraft): CreateAppBody {
  const common = {
    kind: draft.kind,
    displayName: draft.displayName,
    requireMfa: draft.requireMfa,
    ...(draft.notes.trim() === "" ? {} : { notes: draft.notes }),
  };
  if (draft.kind === "bookmark") {
    return { ...common, bookmark: { url: draft.url.trim() } };
  }
  if (draft.kind === "saml") {
    return {
      ...common,
      saml: {
        entityId: draft.entityId.trim(),
        acsUrl: draft.acsUrl.trim(),
        ...(draft.certificate === null ? {} : { certificate: draft.certificate.pem }),
      },
    };
  }
  return {
    ...common,
    oidc: {
      redirectUris: draft.redirectUris
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== ""),
      initiateLoginUri: draft.initiateLoginUri.trim(),
      confidential: draft.confidential,
    },
  };
}

/** The form field an error of the server names: every redirect URI is one text area. */
export function formFieldOf(field: string | undefined): string | undefined {
  if (field === undefined) {
    return undefined;
  }
  if (field.startsWith("oidc.redirectUris")) {
    return "oidc.redirectUris";
  }
  return field.startsWith("icon") ? "icon" : field;
}
