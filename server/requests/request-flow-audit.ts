// What the audit log records of a request flow (docs/admin.md "Access requests"): its settings in
// words and ids, so a change shows each one before and after.
import type { AuditValues } from "../audit/audit-change.ts";
import type { ApprovalStep } from "../storage/requests-schema.ts";

/** A flow's settings (request-flows.ts RequestFlow, named here without importing it back). */
type FlowSettings = {
  targetGroupId: string;
  requestersGroupId: string | null;
  steps: ApprovalStep[];
  durationsDays: number[];
  maxDurationDays: number | null;
  expireAfterDays: number;
};

export function flowAuditValues(flow: FlowSettings | undefined): AuditValues {
  if (flow === undefined) {
    return { requestable: false };
  }
  return {
    requestable: true,
    targetGroupId: flow.targetGroupId,
    requestersGroupId: flow.requestersGroupId ?? "everyone",
    steps: flow.steps.map((step) =>
      step.approver === "group"
        ? `group ${step.groupId}`
        : step.approver === "users"
          ? `users ${step.userIds.join(" ")}`
          : step.approver,
    ),
    durationsDays: flow.durationsDays.map(String),
    maxDurationDays: flow.maxDurationDays,
    expireAfterDays: flow.expireAfterDays,
  };
}
