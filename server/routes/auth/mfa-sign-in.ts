// POST /api/auth/mfa: the sign-in flow's second step for a user with MFA, a 6-digit code or a
// recovery code. Too many wrong codes, or a lock, end the flow: sign-in starts over.
import { signInWithSecondFactor } from "../../auth/mfa-sign-in.ts";
import { AppError } from "../../errors.ts";
import { signInRateLimit } from "../../plugins/rate-limit.ts";
import { NextStep, SecondFactorBody } from "../../schemas/auth.ts";
import { errorReplies, type RouteModule } from "../route-module.ts";
import { lockedError, secondFactorError } from "../shared/account-errors.ts";
import { originOf } from "../shared/request-origin.ts";
import { flowExpired, startSession } from "./session-cookies.ts";

export const mfaSignInRoutes: RouteModule = (app, context) => {
  const { names } = context.cookies;
  app.post(
    "/api/auth/mfa",
    {
      config: signInRateLimit(context.config.signInRateLimitPerMinute),
      schema: { body: SecondFactorBody, response: { 200: NextStep, ...errorReplies } },
    },
    async (request, reply) => {
      const result = await signInWithSecondFactor(context, {
        flowToken: request.cookies[names.loginFlow] ?? "",
        code: request.body.code,
        origin: originOf(request),
      });
      if (result.ok) {
        return startSession(context, reply, result);
      }
      switch (result.reason) {
        case "flow_expired":
          throw flowExpired(context, reply);
        case "too_many_attempts":
          reply.clearCookie(names.loginFlow, { path: "/" });
          throw new AppError(
            "MFA_TOO_MANY_ATTEMPTS",
            "Too many wrong codes. Start again with your email and password.",
          );
        case "locked":
          reply.clearCookie(names.loginFlow, { path: "/" });
          throw lockedError(result.until, result.lockReason);
        default:
          throw secondFactorError(result, result.attemptsLeft);
      }
    },
  );
};
