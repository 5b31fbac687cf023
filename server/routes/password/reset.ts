// Forgot password (docs/design.md §1.1): POST /api/auth/forgot-password mails a one-hour,
// single-use link and answers the same whether or not the address has an account;
// POST /api/auth/reset-password sets the new password with it (server/passwords/).
import { AppError } from "../../errors.ts";
import { requestPasswordReset } from "../../passwords/forgot-password.ts";
import { resetPassword, type PasswordReset } from "../../passwords/reset-password.ts";
import { findResetTokenUser } from "../../passwords/reset-tokens.ts";
import { signInRateLimit } from "../../plugins/rate-limit.ts";
import {
  ForgotPasswordAnswer,
  ForgotPasswordBody,
  ResetLinkCheckAnswer,
  ResetLinkCheckBody,
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

  // The page checks its link when it opens, so a used, expired or bogus link says so before the
  // user types a new password twice. Does not consume the link.
  app.post(
    "/api/auth/reset-password/check",
    {
      config,
      schema: {
        body: ResetLinkCheckBody,
        response: { 200: ResetLinkCheckAnswer, ...errorReplies },
      },
    },
    async (request) => {
      if ((await findResetTokenUser(context, request.body.token)) === undefined) {
        throw invalidLink();
      }
      return { valid: true as const };
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
      throw resetFailure(result);
    },
  );
};

function resetFailure(result: Exclude<PasswordReset, { ok: true }>): AppError {
  switch (result.reason) {
    case "link_invalid":
      return invalidLink();
    case "locked":
      return lockedError(result.until, result.lockReason);
    case "rejected":
      return passwordRejectedError(result.rejection, "newPassword");
    case "code_required":
      return new AppError(
        "MFA_REQUIRED",
        "Your account uses an authenticator app. Enter its 6-digit code, or a recovery code, to finish the reset.",
        "code",
      );
    case "second_factor":
      return secondFactorError(result.failure);
  }
}

function invalidLink(): AppError {
  return new AppError(
    "RESET_LINK_INVALID",
    "This reset link has expired or was already used. Ask for a new one.",
  );
}
