// An app as the console's forms hold it, and the bodies the server takes: POST /api/admin/apps
// for a new one (only the chosen kind's block, blank notes left out) and PATCH for an existing one
// (the kind's whole block, as the server replaces it: what the form does not show is kept).
import type {
  AdminApp,
  AppKind,
  ChangeAppBody,
  CreateAppBody,
  SamlMetadataRead,
} from "./app-api.ts";

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
  tokenEndpointAuthMethod: "client_secret_basic" | "client_secret_post";
  idTokenSigningAlg: "ES256" | "RS256";
  scopes: string;
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
  tokenEndpointAuthMethod: "client_secret_basic",
  idTokenSigningAlg: "ES256",
  scopes: "openid profile email",
};

/** The edit form's starting point: the app as the server keeps it. */
export function draftOf(app: AdminApp): AppDraft {
  const oidc = app.oidc;
  return {
    ...emptyDraft,
    kind: app.kind,
    displayName: app.displayName,
    notes: app.notes ?? "",
    requireMfa: app.requireMfa,
    url: app.bookmark?.url ?? "",
    entityId: app.saml?.entityId ?? "",
    acsUrl: app.saml?.acsUrl ?? "",
    certificate: app.saml?.certificate ?? null,
    redirectUris: oidc?.redirectUris.join("\n") ?? "",
    initiateLoginUri: oidc?.initiateLoginUri ?? "",
    confidential: oidc?.confidential ?? false,
    tokenEndpointAuthMethod:
      oidc?.tokenEndpointAuthMethod === "client_secret_post"
        ? "client_secret_post"
        : "client_secret_basic",
    idTokenSigningAlg: oidc?.idTokenSigningAlg ?? "ES256",
    scopes: oidc?.scopes ?? emptyDraft.scopes,
  };
}

/** The change of an existing app: its kind's block whole, keeping what the form does not show. */
export function changeBodyOf(draft: AppDraft, app: AdminApp): ChangeAppBody {
  const common = {
    displayName: draft.displayName,
    requireMfa: draft.requireMfa,
    notes: draft.notes.trim() === "" ? null : draft.notes,
  };
  if (app.kind === "bookmark") {
    return { ...common, bookmark: { url: draft.url.trim() } };
  }
  if (app.kind === "saml") {
    return {
      ...common,
      saml: {
        entityId: draft.entityId.trim(),
        acsUrl: draft.acsUrl.trim(),
        nameIdFormat: app.saml?.nameIdFormat as NonNullable<ChangeAppBody["saml"]>["nameIdFormat"],
        attributes: app.saml?.attributes as NonNullable<ChangeAppBody["saml"]>["attributes"],
        certificate: draft.certificate?.pem ?? null,
      },
    };
  }
  return {
    ...common,
    oidc: {
      redirectUris: linesOf(draft.redirectUris),
      initiateLoginUri: draft.initiateLoginUri.trim(),
      ...(app.oidc?.confidential === true
        ? { tokenEndpointAuthMethod: draft.tokenEndpointAuthMethod }
        : {}),
      idTokenSigningAlg: draft.idTokenSigningAlg,
      scopes: draft.scopes.trim(),
    },
  };
}

const linesOf = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");

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
      redirectUris: linesOf(draft.redirectUris),
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
