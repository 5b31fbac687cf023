// Forgot password (docs/design.md §1.1): POST /api/auth/forgot-password mails a one-hour,
// single-use link and answers the same whether or not the address has an account;
// POST /api/auth/reset-password sets the new password with it (server/passwords/).
import { AppError } from "../../errors.ts";
import { requestPasswordReset } from "../../passwords/forgot-password.ts";
import { resetPassword } from "../../passwords/reset-password.ts";
import { signInRateLimit } from "../../plugins/rate-limit.ts";
import {
  ForgotPasswordAnswer,
  ForgotPasswordBody,
  ResetPasswordBody,
} from "../../schemas/reset.ts";
import { errorReplies, noContent, type RouteModule } from "../route-module.ts";
import {
  lockedError,
  passwordRejectedError,
  refuseOversizePassword,
  secondFactorError,
} from "../shared/account-errors.ts";
import { originOf } from "../shared/request-origin.ts";

const sameAnswer = {
  message:
    "If that address belongs to an account, we sent it a link to reset the password. The link works for one hour.",
};

export const passwordResetRoutes: RouteModule = (app, context) => {
  const config = signInRateLimit(context.config.signInRateLimitPerMinute);

  app.post(
    "/api/auth/forgot-password",
    {
      config,
      schema: {
        body: ForgotPasswordBody,
        response: { 202: ForgotPasswordAnswer, ...errorReplies },
      },
    },
    async (request, reply) => {
      await requestPasswordReset(context, {
        email: request.body.email,
        origin: originOf(request),
        portalOrigin: context.site.origin,
      });
      return reply.status(202).send(sameAnswer);
    },
  );

  app.post(
    "/api/auth/reset-password",
    { config, schema: { body: ResetPasswordBody, response: { 204: noContent, ...errorReplies } } },
    async (request, reply) => {
      refuseOversizePassword(request.body.newPassword, "newPassword");
      const result = await resetPassword(context, { ...request.body, origin: originOf(request) });
      if (result.ok) {
        return reply.status(204).send(null);
      }
      switch (result.reason) {
        case "link_invalid":
          throw new AppError(
            "RESET_LINK_INVALID",
            "This reset link has expired or was already used. Ask for a new one.",
          );
        case "locked":
          throw lockedError(result.until);
        case "rejected":
          throw passwordRejectedError(result.rejection, "newPassword");
        case "code_required":
          throw new AppError(
            "MFA_REQUIRED",
            "Your account uses an authenticator app. Enter its 6-digit code, or a recovery code, to finish the reset.",
            "code",
          );
        case "second_factor":
          throw secondFactorError(result.failure);
      }
    },
  );
};
