// /api/admin/apps/:id/…: who may open an app (assign it to a user or a group, or take it back)
// and a new client secret for a confidential OIDC app (shown once).
import { changeAssignment, rotateClientSecret } from "../../admin/app-admin.ts";
import { findApp } from "../../apps/app-store.ts";
import { AppError } from "../../errors.ts";
import { AdminApp, AppIdParams, AssignmentBody, ClientSecretResponse } from "../../schemas/apps.ts";
import { errorReplies, type RouteModule } from "../route-module.ts";
import { adminActorOf, adminOrToken, adminSensitiveOrToken } from "./admin-actor.ts";
import { adminAppView, catalogValue } from "./app-view.ts";

export const adminAppAccessRoutes: RouteModule = (app, context) => {
  const config = adminOrToken(context, "apps:write");

  // A new secret breaks the app's sign-in until it is installed there: a sensitive action.
  app.post(
    "/api/admin/apps/:id/client-secret",
    {
      config: adminSensitiveOrToken(context, "apps:write"),
      schema: { params: AppIdParams, response: { 200: ClientSecretResponse, ...errorReplies } },
    },
    async (request) => {
      const rotated = await rotateClientSecret(adminActorOf(context, request), request.params.id);
      return { clientSecret: catalogValue(rotated, "APP_NOT_FOUND") };
    },
  );

  app.post(
    "/api/admin/apps/:id/assignments",
    {
      config,
      schema: {
        params: AppIdParams,
        body: AssignmentBody,
        response: { 200: AdminApp, ...errorReplies },
      },
    },
    async (request) => {
      const { principalType, principalId, assigned } = request.body;
      const target = { appId: request.params.id, principalType, principalId };
      catalogValue(
        await changeAssignment(adminActorOf(context, request), target, assigned),
        "APP_NOT_FOUND",
      );
      const row = await findApp(context.db, request.params.id);
      if (row === undefined) {
        throw new AppError("APP_NOT_FOUND", "No such app."); // removed in the meantime
      }
      return adminAppView(context.db, row);
    },
  );
};
