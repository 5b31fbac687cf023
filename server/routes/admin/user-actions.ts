// /api/admin/users/:id/…: what an admin does for a user who is stuck — unlock the account,
// reset their MFA (they set it up again at the next sign-in), give a temporary password. The
// last two are sensitive: the admin verified in the last 5 minutes. And send an invitation again
// to a user who has not chosen a password yet (the old link stops working), a few a minute.
import { resendInvitation } from "../../admin/invite.ts";
import { resetUserMfa } from "../../admin/mfa-admin.ts";
import { setTemporaryPassword, unlockUser } from "../../admin/user-admin.ts";
import { AdminUser, UserIdParams, UserWithTemporaryPassword } from "../../schemas/admin.ts";
import { EmptyObject } from "../../schemas/common.ts";
import { AppError } from "../../errors.ts";
import { errorReplies, type RouteModule } from "../route-module.ts";
import { adminActorOf, adminOnly, adminOrToken, adminSensitiveOrToken } from "./admin-actor.ts";

/** Invitations an admin may send again per minute (per address and account). */
export const invitationResendsPerMinute = 5;
import { adminUserView, userFound } from "./user-view.ts";

export const adminUserActionRoutes: RouteModule = (app, context) => {
  const now = () => context.clock.now();
  const config = adminOrToken(context, "users:write");
  const sensitive = adminSensitiveOrToken(context, "users:write");

  app.post(
    "/api/admin/users/:id/unlock",
    { config, schema: { params: UserIdParams, response: { 200: AdminUser, ...errorReplies } } },
    async (request) =>
      adminUserView(
        userFound(await unlockUser(adminActorOf(context, request), request.params.id)),
        now(),
      ),
  );

  app.post(
    "/api/admin/users/:id/mfa/reset",
    {
      config: sensitive,
      schema: {
        params: UserIdParams,
        body: EmptyObject,
        response: { 200: AdminUser, ...errorReplies },
      },
    },
    async (request) => {
      const result = await resetUserMfa(
        adminActorOf(context, request),
        context.mailer,
        request.params.id,
      );
      return adminUserView(userFound(result).user, now());
    },
  );

  app.post(
    "/api/admin/users/:id/temporary-password",
    {
      config: sensitive,
      schema: {
        params: UserIdParams,
        response: { 200: UserWithTemporaryPassword, ...errorReplies },
      },
    },
    async (request) => {
      const result = await setTemporaryPassword(adminActorOf(context, request), request.params.id);
      const { user, temporaryPassword } = userFound(result);
      return { user: adminUserView(user, now()), temporaryPassword };
    },
  );

  app.post(
    "/api/admin/users/:id/invitation",
    {
      config: {
        ...adminOnly,
        rateLimit: { max: invitationResendsPerMinute, windowMilliseconds: 60_000 },
      },
      schema: {
        params: UserIdParams,
        body: EmptyObject,
        response: { 200: AdminUser, ...errorReplies },
      },
    },
    async (request) => {
      const resent = await resendInvitation(
        adminActorOf(context, request),
        context,
        context.site.origin,
        request.params.id,
      );
      if (!resent.ok && resent.reason === "not_found") {
        throw new AppError("USER_NOT_FOUND", "No such user.");
      }
      if (!resent.ok) {
        throw new AppError(
          "VALIDATION_FAILED",
          resent.reason === "disabled"
            ? "The account is disabled: enable it first."
            : "This user has already chosen a password; there is no invitation to send.",
          undefined,
          { reason: resent.reason },
        );
      }
      return adminUserView(resent.user, now());
    },
  );
};
