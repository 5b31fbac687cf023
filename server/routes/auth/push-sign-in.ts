// The browser waiting for the desktop app to approve its sign-in (issue 17): POST
// /api/auth/push/wait answers the prompt at once or after a change (a long poll, woken through
// the change channel on any instance) and starts the session once approved; /resend sends
// another request; /use-code switches the flow to an authenticator code.
import {
  resendPushRequest,
  switchToCode,
  waitForPushAnswer,
} from "../../auth/push/push-sign-in.ts";
import { AppError } from "../../errors.ts";
import { pendingSignInRateLimit, signInRateLimit } from "../../plugins/rate-limit.ts";
import { NextStep } from "../../schemas/auth.ts";
import { EmptyObject } from "../../schemas/common.ts";
import { PushWaitAnswer, WaitBody } from "../../schemas/push.ts";
import { errorReplies, type RouteModule } from "../route-module.ts";
import { lockedError } from "../shared/account-errors.ts";
import { originOf } from "../shared/request-origin.ts";
import { flowExpired, startSession } from "./session-cookies.ts";

/**
 * The browser's waits per pending sign-in and minute: a wait answers after at most 25 s, or at
 * once when the request changes; room to spare, and a runaway page still stops here.
 */
export const pushWaitsPerSignInPerMinute = 60;

export const pushSignInRoutes: RouteModule = (app, context) => {
  const { names } = context.cookies;
  const config = signInRateLimit(context.config.signInRateLimitPerMinute);

  app.post(
    "/api/auth/push/wait",
    {
      // Its own limit per pending sign-in (plugins/rate-limit.ts): waiting takes no guess.
      config: pendingSignInRateLimit(pushWaitsPerSignInPerMinute),
      schema: { body: WaitBody, response: { 200: PushWaitAnswer, ...errorReplies } },
    },
    async (request, reply) => {
      const result = await waitForPushAnswer(context, {
        flowToken: request.cookies[names.loginFlow] ?? "",
        waitMilliseconds: (request.body.waitSeconds ?? 0) * 1000,
        origin: originOf(request),
      });
      if (!result.ok) {
        if (result.reason === "locked") {
          reply.clearCookie(names.loginFlow, { path: "/" });
          throw lockedError(result.until, result.lockReason);
        }
        throw flowExpired(context, reply);
      }
      if ("prompt" in result) {
        return { prompt: result.prompt };
      }
      const { next } = startSession(context, reply, result);
      return { prompt: approvedPrompt, next };
    },
  );

  app.post(
    "/api/auth/push/resend",
    { config, schema: { body: EmptyObject, response: { 200: PushWaitAnswer, ...errorReplies } } },
    async (request, reply) => {
      const result = await resendPushRequest(context, {
        flowToken: request.cookies[names.loginFlow] ?? "",
        origin: originOf(request),
      });
      if (result.ok) {
        return { prompt: result.prompt };
      }
      switch (result.reason) {
        case "flow_expired":
          throw flowExpired(context, reply);
        case "limited":
          throw new AppError(
            "PUSH_LIMITED",
            "Too many sign-in requests in the last 10 minutes. Wait a few minutes, or use a code instead.",
          );
        case "unavailable":
          throw new AppError(
            "PUSH_UNAVAILABLE",
            "Sign-in approval on your desktop app is not available right now. Use a code instead.",
          );
      }
    },
  );

  app.post(
    "/api/auth/push/use-code",
    { config, schema: { body: EmptyObject, response: { 200: NextStep, ...errorReplies } } },
    async (request, reply) => {
      const result = await switchToCode(context, {
        flowToken: request.cookies[names.loginFlow] ?? "",
      });
      if (result.ok) {
        return { next: "mfa" as const };
      }
      if (result.reason === "no_code") {
        throw new AppError("MFA_NOT_ENABLED", "This account has no authenticator app set up.");
      }
      throw flowExpired(context, reply);
    },
  );
};

/** Once signed in the number no longer matters: the prompt says only that it was approved. */
const approvedPrompt = {
  status: "approved" as const,
  denyReason: null,
  number: null,
  devices: [],
  expiresAt: null,
  codeAvailable: false,
  canRetry: false,
  pausedUntil: null,
};
