// The Security tab's API for the signed-in user: SSH keys (/api/me/ssh-keys), active sessions
// (/api/me/sessions) and sign-in history with "This wasn't me" (/api/me/security-events).
import type { FastifyRequest } from "fastify";
import type { FastifyTypeboxInstance } from "../app.ts";
import { recordAuditEvent } from "../audit/audit-log.ts";
import { cookieNames } from "../auth/cookies.ts";
import type { ValidSession } from "../auth/session.ts";
import type { ServerContext } from "../context.ts";
import { AppError } from "../errors.ts";
import type { Mailer } from "../mail/mailer.ts";
import type { Guards } from "../plugins/authentication.ts";
import { EmptyObject, ErrorResponse } from "../schemas/common.ts";
import {
  AddSshKeyBody,
  IdParams,
  ReportOutcome,
  RevokedCount,
  SecurityEventList,
  SessionList,
  SshKeyList,
  SshKeyView,
} from "../schemas/security.ts";
import { reportCompromise } from "../security/report-compromise.ts";
import { describeAuditEvent, describeAuditReason } from "../audit/event-catalogue.ts";
import { findSecurityEvent, listSecurityHistory } from "../security/security-history.ts";
import { describeUserAgent } from "../security/user-agent.ts";
import {
  listActiveSessions,
  revokeOtherSessions,
  revokeSession,
} from "../security/user-sessions.ts";
import { addSshKey, deleteSshKey, listSshKeys } from "../ssh/ssh-keys.ts";
import { describeKeyRejection, keyRejectionDetails } from "../ssh/ssh-key-messages.ts";
import type { SshKey } from "../storage/schema.ts";
import { originOf } from "./auth.ts";

export function securityRoutes(
  app: FastifyTypeboxInstance,
  context: ServerContext,
  guards: Guards,
  mailer: Mailer,
  https: boolean,
): void {
  const { db, clock } = context;
  const auth = (request: FastifyRequest) => request.auth as ValidSession;
  const errors = { "4xx": ErrorResponse };
  const withSession = { preHandler: guards.requireSession };
  // An SSH key opens servers: adding or removing one asks for a verification in the last 5 min.
  const withRecentVerification = {
    preHandler: [guards.requireSession, guards.requireRecentVerification],
  };

  app.get(
    "/api/me/ssh-keys",
    { ...withSession, schema: { response: { 200: SshKeyList, ...errors } } },
    async (request) => ({
      keys: (await listSshKeys(db, auth(request).user.id)).map(toKeyView),
    }),
  );

  app.post(
    "/api/me/ssh-keys",
    {
      ...withRecentVerification,
      schema: { body: AddSshKeyBody, response: { 200: SshKeyView, ...errors } },
    },
    async (request) => {
      const { user } = auth(request);
      const result = await addSshKey(db, {
        userId: user.id,
        name: request.body.name,
        publicKey: request.body.publicKey,
        now: clock.now(),
      });
      if (!result.ok) {
        throw result.reason === "duplicate"
          ? new AppError("SSH_KEY_DUPLICATE", "This key is already on your account.", "publicKey")
          : new AppError("SSH_KEY_INVALID", describeKeyRejection(result), "publicKey", {
              reason: result.reason,
              details: keyRejectionDetails(result),
            });
      }
      await recordAuditEvent(db, {
        event: "ssh_key.added",
        at: clock.now(),
        actorId: user.id,
        targetId: user.id,
        targetEmail: user.email,
        origin: originOf(request),
        details: { fingerprint: result.key.fingerprint, type: result.key.type },
      });
      return toKeyView(result.key);
    },
  );

  app.delete(
    "/api/me/ssh-keys/:id",
    {
      ...withRecentVerification,
      schema: {
        params: IdParams,
        body: EmptyObject,
        response: { 204: { type: "null" }, ...errors },
      },
    },
    async (request, reply) => {
      const { user } = auth(request);
      const removed = await deleteSshKey(db, user.id, request.params.id);
      if (removed === undefined) {
        throw new AppError("NOT_FOUND", "That key is not on your account.");
      }
      await recordAuditEvent(db, {
        event: "ssh_key.removed",
        at: clock.now(),
        actorId: user.id,
        targetId: user.id,
        targetEmail: user.email,
        origin: originOf(request),
        details: { fingerprint: removed.fingerprint },
      });
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/me/sessions",
    { ...withSession, schema: { response: { 200: SessionList, ...errors } } },
    async (request) => {
      const { user, session: current } = auth(request);
      const sessions = await listActiveSessions(db, user.id, clock.now());
      return {
        sessions: sessions.map((session) => {
          const { client, label, browser, system } = describeUserAgent(session.user_agent);
          return {
            id: session.id,
            current: session.id === current.id,
            client,
            browser,
            system,
            device: label,
            ip: session.ip,
            startedAt: new Date(session.created_at).toISOString(),
            lastActiveAt: new Date(session.last_seen_at).toISOString(),
          };
        }),
      };
    },
  );

  app.post(
    "/api/me/sessions/:id/revoke",
    {
      ...withSession,
      schema: { params: IdParams, body: EmptyObject, response: { 200: RevokedCount, ...errors } },
    },
    async (request, reply) => {
      const { user, session } = auth(request);
      if (!(await revokeSession(db, user.id, request.params.id))) {
        throw new AppError("NOT_FOUND", "That session has already ended.");
      }
      await auditRevocation(request, 1);
      if (request.params.id === session.id) {
        reply.clearCookie(cookieNames(https).session, { path: "/" });
      }
      return { revoked: 1 };
    },
  );

  app.post(
    "/api/me/sessions/revoke-others",
    { ...withSession, schema: { body: EmptyObject, response: { 200: RevokedCount, ...errors } } },
    async (request) => {
      const { user, session } = auth(request);
      const revoked = await revokeOtherSessions(db, user.id, session.id);
      await auditRevocation(request, revoked);
      return { revoked };
    },
  );

  app.get(
    "/api/me/security-events",
    { ...withSession, schema: { response: { 200: SecurityEventList, ...errors } } },
    async (request) => ({
      events: (await listSecurityHistory(db, auth(request).user.id)).map((event) => {
        const { client, label, browser, system } = describeUserAgent(event.user_agent);
        return {
          id: event.id,
          event: event.event,
          ...describeAuditEvent(event.event),
          detail: describeAuditReason(event.reason),
          reason: event.reason,
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
      ...withSession,
      schema: { params: IdParams, body: EmptyObject, response: { 200: ReportOutcome, ...errors } },
    },
    async (request, reply) => {
      const { user } = auth(request);
      const event = await findSecurityEvent(db, user.id, request.params.id);
      if (event === undefined) {
        throw new AppError("NOT_FOUND", "That event is not in your history.");
      }
      if (!describeAuditEvent(event.event).reportable) {
        throw new AppError(
          "EVENT_NOT_REPORTABLE",
          "Only sign-ins and changes to how you sign in can be reported. Contact your IT administrator about anything else.",
        );
      }
      await reportCompromise({
        db,
        mailer,
        now: clock.now(),
        user,
        event,
        origin: originOf(request),
      });
      reply.clearCookie(cookieNames(https).session, { path: "/" });
      return {
        locked: true as const,
        message:
          "We signed you out everywhere and locked your account. Your IT administrator has been told and will contact you to unlock it and set a new password.",
      };
    },
  );

  async function auditRevocation(request: FastifyRequest, count: number): Promise<void> {
    const { user } = auth(request);
    await recordAuditEvent(db, {
      event: "session.revoked",
      at: clock.now(),
      actorId: user.id,
      targetId: user.id,
      targetEmail: user.email,
      origin: originOf(request),
      details: { count },
    });
  }
}

function toKeyView(key: SshKey) {
  return {
    id: key.id,
    name: key.name,
    type: key.type,
    bits: key.bits,
    fingerprint: key.fingerprint,
    comment: key.comment,
    addedAt: new Date(key.created_at).toISOString(),
  };
}
