// Calls of the console's Requests screen (/api/admin/request-flows*, /api/admin/access-requests):
// the flows that make apps requestable, saving and removing one, and every undecided request.
import { getJson, postJson } from "../../lib/http.ts";
import type {
  AdminRequestList,
  ApprovalItem,
  RequestFlowBody,
  RequestFlowList,
  RequestFlowView,
} from "../../../server/schemas/requests.ts";

export type { ApprovalItem, RequestFlowBody, RequestFlowView };
export type FlowStep = RequestFlowBody["steps"][number];

const flow = (appId: string, rest = "") =>
  `admin/request-flows/${encodeURIComponent(appId)}${rest}`;

export const listRequestFlows = async () =>
  (await getJson<RequestFlowList>("admin/request-flows")).flows;

export const saveRequestFlow = async (appId: string, body: RequestFlowBody) =>
  (await postJson<RequestFlowList>(flow(appId), body)).flows;

export const removeRequestFlow = async (appId: string) =>
  (await postJson<RequestFlowList>(flow(appId, "/remove"))).flows;

export const listUndecidedRequests = async () =>
  (await getJson<AdminRequestList>("admin/access-requests")).requests;
