// POST /api/auth/reverify: a session past its re-verification interval or idle timeout (or one
// asked for a recent verification) proves it is still its user, with the password and, for a
// user with MFA, a code. A lock ends the session.
import { reverifySession } from "../../auth/reverify.ts";
import { AppError } from "../../errors.ts";
import { checkSession } from "../../plugins/authentication.ts";
import { signInRateLimit } from "../../plugins/rate-limit.ts";
import { ReverifyBody } from "../../schemas/auth.ts";
import { errorReplies, noContent, type RouteModule } from "../route-module.ts";
import {
  lockedError,
  refuseOversizePassword,
  secondFactorError,
} from "../shared/account-errors.ts";
import { originOf } from "../shared/request-origin.ts";

export const reverifyRoutes: RouteModule = (app, context) => {
  app.post(
    "/api/auth/reverify",
    {
      config: signInRateLimit(context.config.signInRateLimitPerMinute),
      schema: { body: ReverifyBody, response: { 204: noContent, ...errorReplies } },
    },
    async (request, reply) => {
      refuseOversizePassword(request.body.password);
      const check = await checkSession(context, request);
      if (check.status === "invalid") {
        throw new AppError("AUTH_REQUIRED", "Sign in to continue.");
      }
      const result = await reverifySession(context, {
        auth: check.auth,
        password: request.body.password,
        code: request.body.code,
        origin: originOf(request),
      });
      if (result.ok) {
        return reply.status(204).send(null);
      }
      if ("sessionEnded" in result && result.sessionEnded) {
        reply.clearCookie(context.cookies.names.session, { path: "/" });
      }
      switch (result.reason) {
        case "locked":
          throw lockedError(result.until, result.lockReason);
        case "wrong_password":
          throw new AppError(
            "CURRENT_PASSWORD_INCORRECT",
            "That password is incorrect.",
            "password",
          );
        case "code_required":
          throw new AppError(
            "MFA_REQUIRED",
            "Enter the 6-digit code from your authenticator app, or a recovery code.",
            "code",
          );
        case "second_factor":
          throw secondFactorError(result.failure);
      }
    },
  );
};
