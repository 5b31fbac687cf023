// The signed-in user's sign-in history (/api/me/security-events) and "This wasn't me" on one of
// its events, which signs the user out everywhere and locks the account for an admin.
import { AppError } from "../../errors.ts";
import { sessionOf } from "../../plugins/authentication.ts";
import { EmptyObject } from "../../schemas/common.ts";
import { IdParams, ReportOutcome, SecurityEventList } from "../../schemas/security.ts";
import { reportUnrecognizedEvent } from "../../security/report-compromise.ts";
import { listSecurityHistory } from "../../security/security-history.ts";
import { describeUserAgent } from "../../security/user-agent.ts";
import {
  describeAuditEvent,
  describeAuditReason,
  nameAuditReason,
} from "../../audit/event-catalogue.ts";
import { errorReplies, type RouteModule } from "../route-module.ts";
import { originOf } from "../shared/request-origin.ts";

export const historyRoutes: RouteModule = (app, context) => {
  const config = { access: { session: "ready" as const } };

  app.get(
    "/api/me/security-events",
    { config, schema: { response: { 200: SecurityEventList, ...errorReplies } } },
    async (request) => ({
      events: (await listSecurityHistory(context.db, sessionOf(request).user.id)).map((event) => {
        // Names and codes besides the English words: the portal says them in its own language.
        const { client, label, browser, system } = describeUserAgent(event.user_agent);
        return {
          id: event.id,
          event: event.event,
          ...describeAuditEvent(event.event),
          detail: describeAuditReason(event.reason),
          reason: nameAuditReason(event.reason),
          at: new Date(event.at).toISOString(),
          device: label,
          client,
          browser,
          system,
          ip: event.ip,
        };
      }),
    }),
  );

  app.post(
    "/api/me/security-events/:id/report",
    {
      config,
      schema: {
        params: IdParams,
        body: EmptyObject,
        response: { 200: ReportOutcome, ...errorReplies },
      },
    },
    async (request, reply) => {
      const reported = await reportUnrecognizedEvent(context, {
        user: sessionOf(request).user,
        eventId: request.params.id,
        origin: originOf(request),
      });
      if (!reported.ok) {
        throw reported.reason === "not_reportable"
          ? new AppError(
              "EVENT_NOT_REPORTABLE",
              "Only sign-ins and changes to how you sign in can be reported. Contact your IT administrator about anything else.",
            )
          : new AppError("NOT_FOUND", "That event is not in your history.");
      }
      reply.clearCookie(context.cookies.names.session, { path: "/" });
      return {
        locked: true as const,
        message:
          "We signed you out everywhere and locked your account. Your IT administrator has been told and will contact you to unlock it and set a new password.",
      };
    },
  );
};
