// /api/admin/users/:id/…: what an admin does for a user who is stuck — unlock the account,
// reset their MFA (they set it up again at the next sign-in), give a temporary password. The
// last two are sensitive: the admin verified in the last 5 minutes.
import { resetUserMfa } from "../../admin/mfa-admin.ts";
import { setTemporaryPassword, unlockUser } from "../../admin/user-admin.ts";
import { AdminUser, UserIdParams, UserWithTemporaryPassword } from "../../schemas/admin.ts";
import { EmptyObject } from "../../schemas/common.ts";
import { errorReplies, type RouteModule } from "../route-module.ts";
import { adminActorOf, adminOrToken, adminSensitiveOrToken } from "./admin-actor.ts";
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
};
