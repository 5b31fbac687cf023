// /api/admin/users/:id/status and /role: disable or enable an account (disabling ends its
// sessions), make a user an admin or take it back. A role change is for signed-in admins only: an
// API token must not be able to mint admins.
import { setAccountRole, setAccountStatus } from "../../admin/user-admin.ts";
import { AdminUser, UserIdParams, UserRoleBody, UserStatusBody } from "../../schemas/admin.ts";
import { errorReplies, type RouteModule } from "../route-module.ts";
import { adminActorOf, adminSensitive, adminSensitiveOrToken } from "./admin-actor.ts";
import { adminUserView, userFound } from "./user-view.ts";

export const adminAccountStateRoutes: RouteModule = (app, context) => {
  const now = () => context.clock.now();
  const config = adminSensitiveOrToken(context, "users:write");

  app.post(
    "/api/admin/users/:id/status",
    {
      config,
      schema: {
        params: UserIdParams,
        body: UserStatusBody,
        response: { 200: AdminUser, ...errorReplies },
      },
    },
    async (request) => {
      const actor = adminActorOf(context, request);
      return adminUserView(
        userFound(await setAccountStatus(actor, request.params.id, request.body.status)),
        now(),
      );
    },
  );

  app.post(
    "/api/admin/users/:id/role",
    {
      config: adminSensitive,
      schema: {
        params: UserIdParams,
        body: UserRoleBody,
        response: { 200: AdminUser, ...errorReplies },
      },
    },
    async (request) => {
      const actor = adminActorOf(context, request);
      return adminUserView(
        userFound(await setAccountRole(actor, request.params.id, request.body.role)),
        now(),
      );
    },
  );
};
