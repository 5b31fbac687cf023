// /api/admin/users/:id: one user's page for the console, an admin's edit of any profile field
// (the company email included), and signing the user out — one session or everywhere.
import { endUserSession, signOutEverywhere } from "../../admin/session-admin.ts";
import { readUserDetail } from "../../admin/user-detail.ts";
import { updateProfileAsAdmin } from "../../admin/user-profile-admin.ts";
import { AppError } from "../../errors.ts";
import { UserIdParams } from "../../schemas/admin.ts";
import {
  AdminProfileChangeBody,
  AdminUserDetail,
  SessionParams,
} from "../../schemas/admin-users.ts";
import { EmptyObject } from "../../schemas/common.ts";
import { errorReplies, type RouteModule } from "../route-module.ts";
import { adminActorOf, adminOrToken } from "./admin-actor.ts";
import { adminUserDetail } from "./user-row-view.ts";
import { userFound } from "./user-view.ts";

const problems = {
  empty: "This field cannot be empty.",
  not_a_date: "Enter a real date.",
  username_taken: "That username is taken.",
  email_taken: "Another user has this email.",
} as const;

export const adminUserDetailRoutes: RouteModule = (app, context) => {
  const read = adminOrToken(context, "users:read");
  const config = adminOrToken(context, "users:write");
  const reply = { 200: AdminUserDetail, ...errorReplies };

  const detailOf = async (userId: string) => {
    const now = context.clock.now();
    const detail = await readUserDetail(context.db, userId, now);
    if (detail === undefined) {
      throw new AppError("USER_NOT_FOUND", "No such user.");
    }
    return adminUserDetail(context.db, detail, now);
  };

  app.get(
    "/api/admin/users/:id",
    { config: read, schema: { params: UserIdParams, response: reply } },
    (request) => detailOf(request.params.id),
  );

  app.patch(
    "/api/admin/users/:id",
    { config, schema: { params: UserIdParams, body: AdminProfileChangeBody, response: reply } },
    async (request) => {
      const result = await updateProfileAsAdmin(
        adminActorOf(context, request),
        request.params.id,
        request.body,
      );
      if (!result.ok) {
        if (result.reason === "not_found") {
          throw new AppError("USER_NOT_FOUND", "No such user.");
        }
        throw new AppError("VALIDATION_FAILED", problems[result.reason], result.field, {
          reason: result.reason,
        });
      }
      return detailOf(request.params.id);
    },
  );

  app.post(
    "/api/admin/users/:id/sign-out-everywhere",
    { config, schema: { params: UserIdParams, body: EmptyObject, response: reply } },
    async (request) => {
      userFound(await signOutEverywhere(adminActorOf(context, request), request.params.id));
      return detailOf(request.params.id);
    },
  );

  app.post(
    "/api/admin/users/:id/sessions/:sessionId/revoke",
    { config, schema: { params: SessionParams, body: EmptyObject, response: reply } },
    async (request) => {
      const { id, sessionId } = request.params;
      const ended = await endUserSession(adminActorOf(context, request), id, sessionId);
      if (!ended.ok) {
        throw new AppError("NOT_FOUND", "That user has no such session.");
      }
      return detailOf(id);
    },
  );
};
