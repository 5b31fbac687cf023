// Table types of access requests (migration 0170), beside schema.ts. Same conventions: ms times,
// UUID ids; `steps` and `durations_days` are JSON that server/requests/ reads and writes.
import type { Generated, Selectable } from "kysely";

export type RequestState = "pending" | "approved" | "denied" | "expired" | "cancelled";

/** Who decides one step: the requester's manager, named users, a group's members, or admins. */
export type ApprovalStep =
  | { approver: "manager" }
  | { approver: "users"; userIds: string[] }
  | { approver: "group"; groupId: string }
  | { approver: "admins" };

export type RequestFlowsTable = {
  app_id: string;
  target_group_id: string;
  requesters_group_id: string | null;
  steps: string;
  durations_days: string;
  max_duration_days: number | null;
  expire_after_days: Generated<number>;
  created_at: number;
  updated_at: number;
};

export type AccessRequestsTable = {
  id: string;
  app_id: string;
  requester_id: string;
  reason: string;
  duration_days: number | null;
  target_group_id: string;
  steps: string;
  approved_steps: Generated<number>;
  state: RequestState;
  created_at: number;
  expires_at: number;
  decided_at: number | null;
  decided_by: string | null;
  grant_ends_at: number | null;
  grant_reminded_at: number | null;
  grant_ended_at: number | null;
};

export type AccessRequestDecisionsTable = {
  request_id: string;
  step: number;
  approver_id: string;
  decision: "approved" | "denied";
  decided_at: number;
};

export type RequestsDatabase = {
  request_flows: RequestFlowsTable;
  access_requests: AccessRequestsTable;
  access_request_decisions: AccessRequestDecisionsTable;
};

export type RequestFlowRow = Selectable<RequestFlowsTable>;
export type AccessRequestRow = Selectable<AccessRequestsTable>;
