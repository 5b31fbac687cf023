// What the desktop app's long poll (POST /api/push/inbox) carries about access requests waiting
// for its user's decision (issue 20): only what the OS notification says — who asks for which
// app, at which step — never the request's reason, which the approver reads in the portal.
import { Type, type Static } from "typebox";

/** The most notices one answer carries: the newest requests waiting; the rest are in the portal. */
export const approvalNoticesPerAnswer = 20;

/** `<request id>.<step>`: a request that moves on to its next step is a new notice. */
export const ApprovalNoticeKey = Type.String({
  minLength: 38,
  maxLength: 40,
  pattern: "^[0-9a-f-]{36}\\.[0-9]{1,3}$",
});
export type ApprovalNoticeKey = Static<typeof ApprovalNoticeKey>;

export const ApprovalNotice = Type.Object({
  key: ApprovalNoticeKey,
  requestId: Type.String(),
  /** The step waiting, counted from 1, of how many. */
  step: Type.Integer({ minimum: 1 }),
  steps: Type.Integer({ minimum: 1 }),
  requester: Type.Object({ displayName: Type.String() }),
  appName: Type.String(),
  createdAt: Type.String({ format: "date-time" }),
});
export type ApprovalNotice = Static<typeof ApprovalNotice>;

/** Sent by a poll that wants notices: the keys it already showed (absent: no notices at all). */
export const KnownApprovalNotices = Type.Array(ApprovalNoticeKey, {
  maxItems: approvalNoticesPerAnswer,
});
export type KnownApprovalNotices = Static<typeof KnownApprovalNotices>;
