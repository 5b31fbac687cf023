// /api/apps*: the launcher — the user's assigned apps (directly or through a group), their icons
// and one-time launch URLs (docs/design.md §5, SSO launch).
import { assignedAppIcon, listAssignedApps } from "../../apps/app-store.ts";
import { AppError } from "../../errors.ts";
import { issueLaunchTicketFor } from "../../launch/launch-tickets.ts";
import { sessionOf } from "../../plugins/authentication.ts";
import { AppIcon, AppIdParams, LaunchResponse, PortalAppList } from "../../schemas/apps.ts";
import { errorReplies, type RouteModule } from "../route-module.ts";

/** The icon's bytes, in the image type its upload was sniffed as (apps/app-validation.ts). */
const appIconResponse = {
  content: Object.fromEntries(
    ["image/png", "image/jpeg", "image/webp"].map((type) => [type, { schema: AppIcon }]),
  ),
};

export const launcherRoutes: RouteModule = (app, context) => {
  const config = { access: { session: "ready" as const } };

  app.get(
    "/api/apps",
    { config, schema: { response: { 200: PortalAppList, ...errorReplies } } },
    async (request) => ({
      apps: (await listAssignedApps(context.db, sessionOf(request).user.id)).map((row) => ({
        id: row.id,
        name: row.display_name,
        kind: row.kind,
        iconUrl: row.icon_data === null ? null : `/api/apps/${row.id}/icon?v=${row.updated_at}`,
        notes: row.notes,
        requiresMfa: row.require_mfa === 1,
      })),
    }),
  );

  app.get(
    "/api/apps/:id/icon",
    {
      config,
      schema: { params: AppIdParams, response: { 200: appIconResponse, ...errorReplies } },
    },
    async (request, reply) => {
      const icon = await assignedAppIcon(context.db, sessionOf(request).user.id, request.params.id);
      if (icon === undefined) {
        throw new AppError("APP_NOT_FOUND", "No such app.");
      }
      return reply
        .type(icon.type)
        .header("cache-control", "private, max-age=86400")
        .header("content-security-policy", "default-src 'none'; sandbox")
        .send(Buffer.from(icon.base64, "base64"));
    },
  );

  app.post(
    "/api/apps/:id/launch",
    { config, schema: { params: AppIdParams, response: { 200: LaunchResponse, ...errorReplies } } },
    async (request) => {
      const binding = { userId: sessionOf(request).user.id, appId: request.params.id };
      const issued = await issueLaunchTicketFor(context, binding);
      if (issued === undefined) {
        throw new AppError("APP_NOT_FOUND", "This app is not assigned to you.");
      }
      return {
        url: `${context.site.origin}/launch/${issued.ticket}`,
        expiresAt: new Date(issued.expiresAt).toISOString(),
      };
    },
  );
};
