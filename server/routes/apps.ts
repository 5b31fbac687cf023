// /api/apps*: the launcher — the user's assigned apps (directly or through a group), their icons
// and one-time launch URLs. Also registers the admin side (admin-apps.ts).
import type { FastifyRequest } from "fastify";
import type { FastifyTypeboxInstance } from "./fastify-typebox.ts";
import { findApp, isAppAssigned, listAssignedApps } from "../apps/app-store.ts";
import type { ValidSession } from "../auth/session.ts";
import type { AppContext } from "../context.ts";
import { AppError } from "../errors.ts";
import { issueLaunchTicket } from "../launch/launch-tickets.ts";
import type { Guards } from "../plugins/authentication.ts";
import { AppIdParams, LaunchResponse, PortalAppList } from "../schemas/apps.ts";
import { ErrorResponse } from "../schemas/common.ts";
import { adminAppRoutes } from "./admin-apps.ts";

export function appRoutes(app: FastifyTypeboxInstance, context: AppContext, guards: Guards): void {
  const errors = { "4xx": ErrorResponse };
  const userOf = (request: FastifyRequest) => (request.auth as ValidSession).user;

  app.get(
    "/api/apps",
    { preHandler: guards.requireSession, schema: { response: { 200: PortalAppList, ...errors } } },
    async (request) => ({
      apps: (await listAssignedApps(context.db, userOf(request).id)).map((row) => ({
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
    { preHandler: guards.requireSession, schema: { params: AppIdParams } },
    async (request, reply) => {
      const row = await findApp(context.db, request.params.id);
      if (
        row?.icon_data === null ||
        row === undefined ||
        row.icon_type === null ||
        !(await isAppAssigned(context.db, userOf(request).id, row.id))
      ) {
        throw new AppError("APP_NOT_FOUND", "No such app.");
      }
      return reply
        .type(row.icon_type)
        .header("cache-control", "private, max-age=86400")
        .send(Buffer.from(row.icon_data, "base64"));
    },
  );

  app.post(
    "/api/apps/:id/launch",
    {
      preHandler: guards.requireSession,
      schema: { params: AppIdParams, response: { 200: LaunchResponse, ...errors } },
    },
    async (request) => {
      const user = userOf(request);
      if (!(await isAppAssigned(context.db, user.id, request.params.id))) {
        throw new AppError("APP_NOT_FOUND", "This app is not assigned to you.");
      }
      const { ticket, expiresAt } = await issueLaunchTicket(context, {
        userId: user.id,
        appId: request.params.id,
      });
      return {
        url: `${context.site.origin}/launch/${ticket}`,
        expiresAt: new Date(expiresAt).toISOString(),
      };
    },
  );

  adminAppRoutes(app, context, guards);
}
