// The signed-in user's active sessions (/api/me/sessions): list them ("Chrome on macOS", IP,
// started, last active), sign one out (perhaps this one) or every other one.
import { describeUserAgent } from "../../security/user-agent.ts";
import {
  endOtherSessions,
  endOwnSession,
  listActiveSessions,
} from "../../security/user-sessions.ts";
import { AppError } from "../../errors.ts";
import { sessionOf } from "../../plugins/authentication.ts";
import { EmptyObject } from "../../schemas/common.ts";
import { IdParams, RevokedCount, SessionList } from "../../schemas/security.ts";
import type { Session } from "../../storage/schema.ts";
import { errorReplies, type RouteModule } from "../route-module.ts";
import { originOf } from "../shared/request-origin.ts";

export const sessionListRoutes: RouteModule = (app, context) => {
  const config = { access: { session: "ready" as const } };

  app.get(
    "/api/me/sessions",
    { config, schema: { response: { 200: SessionList, ...errorReplies } } },
    async (request) => {
      const { user, session: current } = sessionOf(request);
      const sessions = await listActiveSessions(context.db, user.id, context.clock.now());
      return {
        sessions: sessions.map((session) => sessionView(session, current.id)),
      };
    },
  );

  app.post(
    "/api/me/sessions/:id/revoke",
    {
      config,
      schema: {
        params: IdParams,
        body: EmptyObject,
        response: { 200: RevokedCount, ...errorReplies },
      },
    },
    async (request, reply) => {
      const { user, session } = sessionOf(request);
      const sessionId = request.params.id;
      if (!(await endOwnSession(context, { user, sessionId, origin: originOf(request) }))) {
        throw new AppError("NOT_FOUND", "That session has already ended.");
      }
      if (sessionId === session.id) {
        reply.clearCookie(context.cookies.names.session, { path: "/" });
      }
      return { revoked: 1 };
    },
  );

  app.post(
    "/api/me/sessions/revoke-others",
    { config, schema: { body: EmptyObject, response: { 200: RevokedCount, ...errorReplies } } },
    async (request) => {
      const { user, session } = sessionOf(request);
      const origin = originOf(request);
      return {
        revoked: await endOtherSessions(context, { user, currentSessionId: session.id, origin }),
      };
    },
  );
};

export function sessionView(session: Session, currentId: string) {
  const { client, label, browser, system } = describeUserAgent(session.user_agent);
  return {
    id: session.id,
    current: session.id === currentId,
    client,
    browser,
    system,
    device: label,
    ip: session.ip,
    startedAt: new Date(session.created_at).toISOString(),
    lastActiveAt: new Date(session.last_seen_at).toISOString(),
  };
}
