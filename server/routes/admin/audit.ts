// /api/admin/audit: the audit log, newest first, filtered by user or event, paged by time.
import { listAuditEvents } from "../../audit/audit-log.ts";
import { AuditList, AuditQuery } from "../../schemas/admin.ts";
import { errorReplies, type RouteModule } from "../route-module.ts";
import { adminOrToken } from "./admin-actor.ts";

export const adminAuditRoutes: RouteModule = (app, context) => {
  const config = adminOrToken(context, "audit:read");

  app.get(
    "/api/admin/audit",
    { config, schema: { querystring: AuditQuery, response: { 200: AuditList, ...errorReplies } } },
    async (request) => {
      const { limit = 100, before, userId, event } = request.query;
      const events = await listAuditEvents(context.db, {
        limit,
        ...(before === undefined ? {} : { before }),
        ...(userId === undefined ? {} : { targetId: userId }),
        ...(event === undefined ? {} : { event }),
      });
      return {
        events: events.map((row) => ({
          id: row.id,
          at: new Date(row.at).toISOString(),
          event: row.event,
          reason: row.reason,
          actorId: row.actor_id,
          targetId: row.target_id,
          targetEmail: row.target_email,
          ip: row.ip,
          userAgent: row.user_agent,
          details:
            row.details === null ? null : (JSON.parse(row.details) as Record<string, unknown>),
        })),
      };
    },
  );
};
