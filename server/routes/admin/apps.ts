// /api/admin/apps: the catalog for admins — list, read and delete apps (the same operations as
// the admin CLI, server/admin/app-admin.ts). Creating and changing one is in app-definitions.ts.
import { removeApp } from "../../admin/app-admin.ts";
import { findApp, listApps } from "../../apps/app-store.ts";
import { AppError } from "../../errors.ts";
import { AdminApp, AdminAppList, AppIdParams, Done } from "../../schemas/apps.ts";
import { errorReplies, type RouteModule } from "../route-module.ts";
import { adminActorOf, adminOrToken } from "./admin-actor.ts";
import { adminAppView, catalogValue } from "./app-view.ts";

export const adminAppRoutes: RouteModule = (app, context) => {
  const { db } = context;
  const read = adminOrToken(context, "apps:read");
  const write = adminOrToken(context, "apps:write");

  app.get(
    "/api/admin/apps",
    { config: read, schema: { response: { 200: AdminAppList, ...errorReplies } } },
    async () => ({
      apps: await Promise.all((await listApps(db)).map((row) => adminAppView(db, row))),
    }),
  );

  app.get(
    "/api/admin/apps/:id",
    { config: read, schema: { params: AppIdParams, response: { 200: AdminApp, ...errorReplies } } },
    async (request) => {
      const row = await findApp(db, request.params.id);
      if (row === undefined) {
        throw new AppError("APP_NOT_FOUND", "No such app.");
      }
      return adminAppView(db, row);
    },
  );

  app.delete(
    "/api/admin/apps/:id",
    { config: write, schema: { params: AppIdParams, response: { 200: Done, ...errorReplies } } },
    async (request) => {
      catalogValue(
        await removeApp(adminActorOf(context, request), request.params.id),
        "APP_NOT_FOUND",
      );
      return { ok: true as const };
    },
  );
};
