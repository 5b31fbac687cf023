// The approver's side of access requests: the requests waiting for them (with the reason, the
// requester's profile and current access) and the decision, which needs a verification in the
// last 5 minutes like every other change that opens access.
import { announceOn } from "../../context.ts";
import { AppError } from "../../errors.ts";
import { sessionOf } from "../../plugins/authentication.ts";
import { decideRequest, type DecideOutcome } from "../../requests/decide-request.ts";
import { listRequestsToApprove, viewRequest } from "../../requests/request-views.ts";
import { ApprovalList, AccessRequestView, DecisionBody } from "../../schemas/requests.ts";
import { IdParams } from "../../schemas/security.ts";
import { errorReplies, type RouteModule } from "../route-module.ts";
import { originOf } from "../shared/request-origin.ts";

type Refusal = Exclude<DecideOutcome, { ok: true }>["reason"];

const refusalMessages: Record<Refusal, string> = {
  not_found: "There is no such request.",
  not_pending: "This request was already decided, cancelled or expired.",
  expired: "This request expired before it was decided.",
  self_approval: "You cannot decide your own request.",
  not_an_approver: "You are not an approver of this request's current step.",
  decided_earlier_step: "You approved an earlier step; another person must approve this one.",
};

function refusal(reason: Refusal): AppError {
  if (reason === "not_found") {
    return new AppError("NOT_FOUND", refusalMessages[reason]);
  }
  const code =
    reason === "not_pending" || reason === "expired" ? "REQUEST_REFUSED" : "APPROVAL_REFUSED";
  return new AppError(code, refusalMessages[reason], undefined, { reason });
}

export const approvalRoutes: RouteModule = (app, context) => {
  const { db, clock, mailer } = context;

  app.get(
    "/api/requests/to-approve",
    {
      config: { access: { session: "ready" } },
      schema: { response: { 200: ApprovalList, ...errorReplies } },
    },
    async (request) => ({
      requests: await listRequestsToApprove(db, sessionOf(request).user.id, clock.now()),
    }),
  );

  app.post(
    "/api/requests/:id/decision",
    {
      config: { access: { recentVerification: true } },
      schema: {
        params: IdParams,
        body: DecisionBody,
        response: { 200: AccessRequestView, ...errorReplies },
      },
    },
    async (request) => {
      const outcome = await decideRequest(
        { db, mailer, now: clock.now(), announce: announceOn(context), origin: originOf(request) },
        {
          requestId: request.params.id,
          approverId: sessionOf(request).user.id,
          decision: request.body.decision,
        },
      );
      if (!outcome.ok) {
        throw refusal(outcome.reason);
      }
      return viewRequest(db, outcome.request);
    },
  );
};
