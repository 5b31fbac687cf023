// The desktop app's side of sign-in approval (issue 17), each call authenticated by a fresh
// device proof (a challenge from POST /api/devices/challenge signed with the device key):
// POST /api/push/inbox lists the requests waiting for this device (a long poll that answers once
// they differ from those the app already shows, woken through the change channel on any
// instance, and hands out the next poll's challenge) and, for the main process, the access
// requests waiting for its user's decision (issue 20; routes/push/desktop-inbox.ts); /approve
// answers with the number picked and Touch ID / Windows Hello; /report is "This wasn't me". All
// are limited per device, not by the per-address sign-in limit (plugins/rate-limit.ts).
import { approvePushRequest, type PushApproval } from "../../push/approve-push.ts";
import type { AnswerRefusal } from "../../push/push-answer-check.ts";
import { reportPushRequest } from "../../push/report-push.ts";
import { verifyDeviceProof } from "../../devices/device-proof.ts";
import { AppError } from "../../errors.ts";
import { deviceRateLimit } from "../../plugins/rate-limit.ts";
import {
  PushAnswerOutcome,
  PushApproveBody,
  PushInbox,
  PushInboxBody,
  PushReportBody,
  PushRequestParams,
} from "../../schemas/push.ts";
import { refusedAssertionError } from "../device-login/replies.ts";
import { errorReplies, type RouteModule } from "../route-module.ts";
import { deviceProofError } from "../shared/device-proof-error.ts";
import { waitForDesktopInbox } from "./desktop-inbox.ts";
import { originOf } from "../shared/request-origin.ts";

/**
 * Long polls per device and minute: the window's and the main process's, each answering at once
 * on every change, with room to spare; a runaway client still stops here.
 */
export const pushPollsPerDevicePerMinute = 120;

export const pushApprovalRoutes: RouteModule = (app, context) => {
  const { clock, site } = context;
  const config = deviceRateLimit(context.config.signInRateLimitPerMinute);

  app.post(
    "/api/push/inbox",
    {
      config: deviceRateLimit(pushPollsPerDevicePerMinute),
      schema: { body: PushInboxBody, response: { 200: PushInbox, ...errorReplies } },
    },
    async (request) => {
      const proof = await verifyDeviceProof(context, request.body.deviceProof, {
        origin: site.origin,
        now: clock.now(),
      });
      if (!proof.ok) {
        throw deviceProofError(proof.reason);
      }
      return waitForDesktopInbox(context, proof.device.id, request.body);
    },
  );

  app.post(
    "/api/push/requests/:id/approve",
    {
      config,
      schema: {
        params: PushRequestParams,
        body: PushApproveBody,
        response: { 200: PushAnswerOutcome, ...errorReplies },
      },
    },
    async (request) => {
      const result = await approvePushRequest(context, {
        requestId: request.params.id,
        ...request.body,
        origin: originOf(request),
      });
      if (!result.ok) {
        throw approvalError(result);
      }
      return result.outcome === "approved"
        ? { outcome: "approved" as const }
        : { outcome: "denied" as const, reason: "wrong_number" as const };
    },
  );

  app.post(
    "/api/push/requests/:id/report",
    {
      config,
      schema: {
        params: PushRequestParams,
        body: PushReportBody,
        response: { 200: PushAnswerOutcome, ...errorReplies },
      },
    },
    async (request) => {
      const result = await reportPushRequest(context, {
        requestId: request.params.id,
        deviceProof: request.body.deviceProof,
        origin: originOf(request),
      });
      if (!result.ok) {
        throw refusalError(result);
      }
      return { outcome: "reported" as const };
    },
  );
};

function refusalError(refusal: AnswerRefusal): AppError {
  switch (refusal.reason) {
    case "proof_invalid":
      return deviceProofError(refusal.failure);
    case "not_found":
      return new AppError("PUSH_REQUEST_NOT_FOUND", "This sign-in request does not exist.");
    case "other_device":
      return new AppError(
        "PUSH_OTHER_DEVICE",
        "This sign-in request is for another person's account. It cannot be answered here.",
      );
    case "ended":
      return new AppError(
        "PUSH_REQUEST_ENDED",
        "This sign-in request was already answered, expired or withdrawn.",
      );
  }
}

function approvalError(result: Exclude<PushApproval, { ok: true }>): AppError {
  switch (result.reason) {
    case "number_invalid":
      return new AppError("PUSH_NUMBER_INVALID", "Pick one of the three numbers shown.", "number");
    case "locked":
    case "challenge_invalid":
    case "passkey_invalid":
      return refusedAssertionError(result);
    default:
      return refusalError(result);
  }
}
