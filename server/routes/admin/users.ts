// /api/admin/users: list and create users (with an optional invitation). The operations are the
// admin CLI's too (server/admin/user-admin.ts).
import { sendInvitation } from "../../admin/invite.ts";
import { createAccount } from "../../admin/user-admin.ts";
import { AdminUserList, CreateUserBody, UserWithTemporaryPassword } from "../../schemas/admin.ts";
import { listUsers } from "../../storage/users.ts";
import { errorReplies, type RouteModule } from "../route-module.ts";
import { adminActorOf, adminOrToken } from "./admin-actor.ts";
import { adminUserView, userFound } from "./user-view.ts";

export const adminUserRoutes: RouteModule = (app, context) => {
  const now = () => context.clock.now();
  const read = adminOrToken(context, "users:read");
  const write = adminOrToken(context, "users:write");

  app.get(
    "/api/admin/users",
    { config: read, schema: { response: { 200: AdminUserList, ...errorReplies } } },
    async () => ({
      users: (await listUsers(context.db)).map((user) => adminUserView(user, now())),
    }),
  );

  app.post(
    "/api/admin/users",
    {
      config: write,
      schema: {
        body: CreateUserBody,
        response: { 200: UserWithTemporaryPassword, ...errorReplies },
      },
    },
    async (request) => {
      const account = { ...request.body, role: request.body.role ?? "user" };
      const { user, temporaryPassword } = userFound(
        await createAccount(adminActorOf(context, request), account),
      );
      if (request.body.invite === true) {
        await sendInvitation(context, context.site.origin, user);
      }
      return {
        user: adminUserView(user, now()),
        ...(temporaryPassword === undefined ? {} : { temporaryPassword }),
      };
    },
  );
};
