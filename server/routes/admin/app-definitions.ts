// /api/admin/apps: create an app (bookmark, SAML or OIDC; a confidential client's secret is shown
// once) and change one, with the boundary checks of server/apps/app-validation.ts.
import { changeApp, createApp } from "../../admin/app-admin.ts";
import {
  AdminApp,
  AppIdParams,
  ChangeAppBody,
  CreateAppBody,
  CreatedApp,
} from "../../schemas/apps.ts";
import { errorReplies, type RouteModule } from "../route-module.ts";
import { adminActorOf, adminOrToken } from "./admin-actor.ts";
import { adminAppView, catalogValue } from "./app-view.ts";

/** Icons are up to 64 KiB, so bodies that carry one may be larger than the default limit. */
const appBodyLimit = 128 * 1024;

export const adminAppDefinitionRoutes: RouteModule = (app, context) => {
  const { db } = context;
  const config = adminOrToken(context, "apps:write");

  app.post(
    "/api/admin/apps",
    {
      config,
      bodyLimit: appBodyLimit,
      schema: { body: CreateAppBody, response: { 200: CreatedApp, ...errorReplies } },
    },
    async (request) => {
      const { kind, ...definition } = request.body;
      const created = catalogValue(
        await createApp(adminActorOf(context, request), kind, definition),
        "APP_NOT_FOUND",
      );
      return {
        app: await adminAppView(db, created.app),
        ...(created.clientSecret === undefined ? {} : { clientSecret: created.clientSecret }),
      };
    },
  );

  app.patch(
    "/api/admin/apps/:id",
    {
      config,
      bodyLimit: appBodyLimit,
      schema: {
        params: AppIdParams,
        body: ChangeAppBody,
        response: { 200: AdminApp, ...errorReplies },
      },
    },
    async (request) => {
      const changed = await changeApp(
        adminActorOf(context, request),
        request.params.id,
        request.body,
      );
      return adminAppView(db, catalogValue(changed, "APP_NOT_FOUND"));
    },
  );
};
