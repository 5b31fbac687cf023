// /api/admin/users: the console's user list — searched, filtered and paged on the server — and
// creating a user (with an optional invitation). The operations are the admin CLI's too.
import { sendInvitation } from "../../admin/invite.ts";
import { createAccount } from "../../admin/user-admin.ts";
import { searchUsers } from "../../admin/user-search.ts";
import { readPolicy } from "../../policies/policy-store.ts";
import { CreateUserBody, UserWithTemporaryPassword } from "../../schemas/admin.ts";
import { AdminUserPage, AdminUserQuery } from "../../schemas/admin-users.ts";
import { errorReplies, type RouteModule } from "../route-module.ts";
import { adminActorOf, adminOrToken } from "./admin-actor.ts";
import { adminUserRow, decodeUserCursor, encodeUserCursor } from "./user-row-view.ts";
import { adminUserView, userFound } from "./user-view.ts";

export const adminUserRoutes: RouteModule = (app, context) => {
  const now = () => context.clock.now();
  const read = adminOrToken(context, "users:read");
  const write = adminOrToken(context, "users:write");

  app.get(
    "/api/admin/users",
    {
      config: read,
      schema: { querystring: AdminUserQuery, response: { 200: AdminUserPage, ...errorReplies } },
    },
    async (request) => {
      const { q, filter, limit = 50, after } = request.query;
      const at = now();
      const page = await searchUsers(
        context.db,
        { query: q, filter, limit, after: decodeUserCursor(after) },
        { now: at, password: await readPolicy(context.db, "password") },
      );
      return {
        users: page.users.map((user) => adminUserRow(user, at)),
        total: page.total,
        next: encodeUserCursor(page.next),
      };
    },
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
