// POST /api/me/password: the signed-in user changes their password (also the forced change),
// with the current one (server/passwords/change-password.ts).
import { AppError } from "../../errors.ts";
import { changePassword } from "../../passwords/change-password.ts";
import { sessionOf } from "../../plugins/authentication.ts";
import { signInRateLimit } from "../../plugins/rate-limit.ts";
import { ChangePasswordBody } from "../../schemas/password.ts";
import { errorReplies, noContent, type RouteModule } from "../route-module.ts";
import {
  lockedError,
  passwordRejectedError,
  refuseOversizePassword,
} from "../shared/account-errors.ts";
import { originOf } from "../shared/request-origin.ts";

export const passwordChangeRoutes: RouteModule = (app, context) => {
  app.post(
    "/api/me/password",
    {
      config: {
        access: { session: "password-change" },
        ...signInRateLimit(context.config.signInRateLimitPerMinute),
      },
      schema: { body: ChangePasswordBody, response: { 204: noContent, ...errorReplies } },
    },
    async (request, reply) => {
      const { currentPassword, newPassword } = request.body;
      refuseOversizePassword(currentPassword, "currentPassword");
      refuseOversizePassword(newPassword, "newPassword");
      const result = await changePassword(context, {
        auth: sessionOf(request),
        currentPassword,
        newPassword,
        origin: originOf(request),
      });
      if (result.ok) {
        return reply.status(204).send(null);
      }
      switch (result.reason) {
        case "recent_verification_required":
          throw new AppError(
            "RECENT_VERIFICATION_REQUIRED",
            "Confirm it is you before changing your password.",
          );
        case "locked":
          throw lockedError(result.until, result.lockReason);
        case "wrong_password":
          throw new AppError(
            "CURRENT_PASSWORD_INCORRECT",
            "Your current password is incorrect.",
            "currentPassword",
          );
        case "rejected":
          throw passwordRejectedError(result.rejection, "newPassword");
      }
    },
  );
};
