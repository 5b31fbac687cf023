// Calls of the console's application screens: the catalog, a new app (a confidential OIDC
// client's secret comes back once), SAML metadata read on the server, the icon, a new client
// secret, who the app is assigned to, and whether the admin has it in their own launcher.
import type { MessageDescriptor } from "react-intl";
import type { Problem } from "../../lib/error-messages.ts";
import { deleteNoContent, getJson, patchJson, postJson } from "../../lib/http.ts";
import type {
  AdminApp,
  AdminAppList,
  AdminGroupList,
  ChangeAppBody,
  ClientSecretResponse,
  CreateAppBody,
  CreatedApp,
  PortalAppList,
  SamlMetadataRead,
} from "../../../server/schemas/apps.ts";

export type { AdminApp, ChangeAppBody, CreateAppBody, SamlMetadataRead };
export type AppKind = AdminApp["kind"];
export type Assignee = AdminApp["assignments"][number];

/** What was just done on an app's page, said in the live region. */
export type AppAnnouncement = { message: MessageDescriptor; name?: string };
/** The launcher's own launch path (renderer/features/applications/launch.ts), handed in. */
export type TryLaunch = (appId: string) => Promise<{ ok: true } | { ok: false; problem: Problem }>;

const app = (id: string, rest = "") => `admin/apps/${encodeURIComponent(id)}${rest}`;

export const listCatalog = async () => (await getJson<AdminAppList>("admin/apps")).apps;

export const getApp = (id: string) => getJson<AdminApp>(app(id));

export const createApp = (body: CreateAppBody) => postJson<CreatedApp>("admin/apps", body);

export const changeApp = (id: string, body: ChangeAppBody) => patchJson<AdminApp>(app(id), body);

export const deleteApp = (id: string) => deleteNoContent(app(id));

export const readSamlMetadata = (xml: string) =>
  postJson<SamlMetadataRead>("admin/apps/saml-metadata", { xml });

export const rotateClientSecret = async (id: string) =>
  (await postJson<ClientSecretResponse>(app(id, "/client-secret"))).clientSecret;

export const setAssignment = (
  id: string,
  assignee: Omit<Assignee, "name" | "email">,
  assigned: boolean,
) => postJson<AdminApp>(app(id, "/assignments"), { ...assignee, assigned });

export const listAllGroups = async () => (await getJson<AdminGroupList>("admin/groups")).groups;

/** The icon as the admin API serves it; `version` changes whenever the app does. */
export const iconUrl = (id: string, version: string) =>
  `/api/${app(id, "/icon")}?v=${encodeURIComponent(version)}`;

/** Whether the app is in the admin's own launcher (assigned directly or through a group). */
export const isInMyLauncher = async (id: string) =>
  (await getJson<PortalAppList>("apps")).apps.some((each) => each.id === id);

/** A file's bytes as base64, for an icon upload. */
export async function fileAsBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (const byte of bytes) {
    binary += String.fromCharCode(byte);
  }
  return btoa(binary);
}
