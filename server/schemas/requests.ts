// Request and response shapes of /api/requests* (the portal's Requests section) and
// /api/admin/request-flows* (how admins make an app requestable), docs/admin.md "Access requests".
import { Type, type Static } from "typebox";
import { Identifier, MultiLineText, Text } from "./strings.ts";

const Id = Identifier();
const Days = Type.Integer({ minimum: 1, maximum: 365 });
const Time = Type.String({ format: "date-time" });
const NullableTime = Type.Union([Time, Type.Null()]);

export const ApproverKind = Type.Union([
  Type.Literal("manager"),
  Type.Literal("users"),
  Type.Literal("group"),
  Type.Literal("admins"),
]);
export type ApproverKind = Static<typeof ApproverKind>;

export const RequestState = Type.Union([
  Type.Literal("pending"),
  Type.Literal("approved"),
  Type.Literal("denied"),
  Type.Literal("expired"),
  Type.Literal("cancelled"),
]);
export type RequestState = Static<typeof RequestState>;

/** Why nobody can decide the step a request waits on; null when someone can. */
export const MissingApprover = Type.Union([
  Type.Literal("no_manager"),
  Type.Literal("manager_not_found"),
  Type.Literal("no_approvers"),
  Type.Null(),
]);
export type MissingApprover = Static<typeof MissingApprover>;

export const RequestSearchQuery = Type.Object(
  { q: Type.Optional(Text({ maxLength: 100 })) },
  { additionalProperties: false },
);
export type RequestSearchQuery = Static<typeof RequestSearchQuery>;

export const RequestableApp = Type.Object({
  id: Type.String(),
  name: Type.String(),
  notes: Type.Union([Type.String(), Type.Null()]),
  /** Non-empty: pick one. Empty with a maximum: any number of days up to it. Else no end. */
  durationsDays: Type.Array(Type.Integer()),
  maxDurationDays: Type.Union([Type.Integer(), Type.Null()]),
  approvers: Type.Array(ApproverKind),
  /** The user's undecided request for this app, if any. */
  pendingRequestId: Type.Union([Type.String(), Type.Null()]),
});
export type RequestableApp = Static<typeof RequestableApp>;

export const RequestableAppList = Type.Object({ apps: Type.Array(RequestableApp) });
export type RequestableAppList = Static<typeof RequestableAppList>;

export const CreateRequestBody = Type.Object(
  {
    appId: Id,
    reason: MultiLineText({ minLength: 1, maxLength: 1000 }),
    durationDays: Type.Union([Days, Type.Null()]),
  },
  { additionalProperties: false },
);
export type CreateRequestBody = Static<typeof CreateRequestBody>;

export const RequestStep = Type.Object({
  approver: ApproverKind,
  /** Who may decide it now (names); empty for a decided step. */
  approverNames: Type.Array(Type.String()),
  decision: Type.Union([Type.Literal("approved"), Type.Literal("denied"), Type.Null()]),
  decidedBy: Type.Union([Type.String(), Type.Null()]),
  decidedAt: NullableTime,
});
export type RequestStep = Static<typeof RequestStep>;

export const AccessRequestView = Type.Object({
  id: Type.String(),
  app: Type.Object({ id: Type.String(), name: Type.String() }),
  reason: Type.String(),
  durationDays: Type.Union([Type.Integer(), Type.Null()]),
  state: RequestState,
  needsApprover: MissingApprover,
  steps: Type.Array(RequestStep),
  createdAt: Time,
  expiresAt: Time,
  decidedAt: NullableTime,
  accessEndsAt: NullableTime,
  accessEnded: Type.Boolean(),
});
export type AccessRequestView = Static<typeof AccessRequestView>;

export const AccessRequestList = Type.Object({ requests: Type.Array(AccessRequestView) });
export type AccessRequestList = Static<typeof AccessRequestList>;

export const RequesterProfile = Type.Object({
  id: Type.String(),
  name: Type.String(),
  email: Type.String(),
  jobTitle: Type.Union([Type.String(), Type.Null()]),
  department: Type.Union([Type.String(), Type.Null()]),
  manager: Type.Union([Type.String(), Type.Null()]),
  /** The apps the requester can open today. */
  currentAccess: Type.Array(Type.String()),
});
export type RequesterProfile = Static<typeof RequesterProfile>;

export const ApprovalItem = Type.Object({
  request: AccessRequestView,
  requester: RequesterProfile,
});
export type ApprovalItem = Static<typeof ApprovalItem>;

export const ApprovalList = Type.Object({ requests: Type.Array(ApprovalItem) });
export type ApprovalList = Static<typeof ApprovalList>;

export const DecisionBody = Type.Object(
  { decision: Type.Union([Type.Literal("approved"), Type.Literal("denied")]) },
  { additionalProperties: false },
);
export type DecisionBody = Static<typeof DecisionBody>;

export const ApprovalStepBody = Type.Union([
  Type.Object({ approver: Type.Literal("manager") }, { additionalProperties: false }),
  Type.Object(
    { approver: Type.Literal("users"), userIds: Type.Array(Id, { minItems: 1, maxItems: 20 }) },
    { additionalProperties: false },
  ),
  Type.Object({ approver: Type.Literal("group"), groupId: Id }, { additionalProperties: false }),
  Type.Object({ approver: Type.Literal("admins") }, { additionalProperties: false }),
]);
export type ApprovalStepBody = Static<typeof ApprovalStepBody>;

export const RequestFlowBody = Type.Object(
  {
    targetGroupId: Id,
    requestersGroupId: Type.Union([Id, Type.Null()]),
    steps: Type.Array(ApprovalStepBody, { minItems: 1, maxItems: 5 }),
    durationsDays: Type.Array(Days, { maxItems: 10 }),
    maxDurationDays: Type.Union([Days, Type.Null()]),
    expireAfterDays: Type.Optional(Days),
  },
  { additionalProperties: false },
);
export type RequestFlowBody = Static<typeof RequestFlowBody>;

export const RequestFlowView = Type.Object({
  appId: Type.String(),
  targetGroupId: Type.String(),
  requestersGroupId: Type.Union([Type.String(), Type.Null()]),
  steps: Type.Array(ApprovalStepBody),
  durationsDays: Type.Array(Type.Integer()),
  maxDurationDays: Type.Union([Type.Integer(), Type.Null()]),
  expireAfterDays: Type.Integer(),
});
export type RequestFlowView = Static<typeof RequestFlowView>;

export const RequestFlowList = Type.Object({ flows: Type.Array(RequestFlowView) });
export type RequestFlowList = Static<typeof RequestFlowList>;

/** Pending requests for the admins: those nobody can decide come first. */
export const AdminRequestList = Type.Object({ requests: Type.Array(ApprovalItem) });
export type AdminRequestList = Static<typeof AdminRequestList>;
