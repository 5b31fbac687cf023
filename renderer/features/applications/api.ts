// The launcher's calls: the apps assigned to the user, and a one-time launch URL for one of them.
import { getJson, postJson } from "../../lib/http.ts";
import type { LaunchResponse, PortalApp, PortalAppList } from "../../../server/schemas/apps.ts";

export type { PortalApp };

export async function fetchApps(): Promise<PortalApp[]> {
  return (await getJson<PortalAppList>("apps")).apps;
}

export function requestLaunch(appId: string): Promise<LaunchResponse> {
  return postJson<LaunchResponse>(`apps/${encodeURIComponent(appId)}/launch`);
}
