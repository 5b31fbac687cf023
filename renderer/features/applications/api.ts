// The launcher's calls: the apps assigned to the user, and a one-time launch URL for one of them.
import { getJson, postJson } from "../../lib/http.ts";
import type {
  LaunchAppResponse,
  PortalAppListResponse,
  PortalAppResponse,
} from "../../../server/schemas/apps.ts";

export type PortalApp = PortalAppResponse;

export async function fetchApps(): Promise<PortalApp[]> {
  return (await getJson<PortalAppListResponse>("apps")).apps;
}

export function requestLaunch(appId: string): Promise<LaunchAppResponse> {
  return postJson<LaunchAppResponse>(`apps/${encodeURIComponent(appId)}/launch`);
}
