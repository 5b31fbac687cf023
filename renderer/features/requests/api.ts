// The Requests section's calls (/api/requests*): the apps the user may ask for, asking, their own
// requests, taking one back, and — for approvers — the requests waiting for them and the decision.
import { getJson, postJson, postNoContent } from "../../lib/http.ts";
import type {
  AccessRequestList,
  AccessRequestView,
  ApprovalItem,
  ApprovalList,
  CreateRequestBody,
  RequestableApp,
  RequestableAppList,
} from "../../../server/schemas/requests.ts";

export type { AccessRequestView, ApprovalItem, RequestableApp };

export async function fetchRequestableApps(): Promise<RequestableApp[]> {
  return (await getJson<RequestableAppList>("requests/apps")).apps;
}

export async function fetchOwnRequests(): Promise<AccessRequestView[]> {
  return (await getJson<AccessRequestList>("requests/mine")).requests;
}

export function submitRequest(body: CreateRequestBody): Promise<AccessRequestView> {
  return postJson<AccessRequestView>("requests", body);
}

export function cancelRequest(id: string): Promise<void> {
  return postNoContent(`requests/${encodeURIComponent(id)}/cancel`);
}

export async function fetchRequestsToApprove(): Promise<ApprovalItem[]> {
  return (await getJson<ApprovalList>("requests/to-approve")).requests;
}

export function decideRequest(
  id: string,
  decision: "approved" | "denied",
): Promise<AccessRequestView> {
  return postJson<AccessRequestView>(`requests/${encodeURIComponent(id)}/decision`, { decision });
}
