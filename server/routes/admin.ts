// /api/admin/*: user administration, policies and the audit log, for admins with a recent
// verification. The same operations back the admin CLI (server/admin/).
import type { FastifyRequest } from "fastify";
import type { FastifyTypeboxInstance } from "./fastify-typebox.ts";
import { sendInvitation } from "../admin/invite.ts";
import { resetUserMfa } from "../admin/mfa-admin.ts";
import { changePolicy } from "../admin/policy-admin.ts";
import {
  createAccount,
  setAccountRole,
  setAccountStatus,
  setTemporaryPassword,
  unlockUser,
  type AdminActor,
  type AdminResult,
} from "../admin/user-admin.ts";
import { listAuditEvents } from "../audit/audit-log.ts";
import { lockState } from "../auth/lockout.ts";
import type { ValidSession } from "../auth/session.ts";
import type { AppContext } from "../context.ts";
import { AppError } from "../errors.ts";
import type { Guards } from "../plugins/authentication.ts";
import { readAllPolicies } from "../policies/policy-store.ts";
import type { User } from "../storage/schema.ts";
import { listUsers } from "../storage/users.ts";
import {
  AdminUser,
  AdminUserList,
  AllPolicies,
  AnyPolicy,
  AuditList,
  AuditQuery,
  CreateUserBody,
  PolicyChangeBody,
  PolicyKindParams,
  UserIdParams,
  UserRoleBody,
  UserStatusBody,
  UserWithTemporaryPassword,
  type AdminUserResponse,
} from "../schemas/admin.ts";
import { EmptyObject, ErrorResponse } from "../schemas/common.ts";
import { originOf } from "./request-origin.ts";

export function adminRoutes(
  app: FastifyTypeboxInstance,
  context: AppContext,
  guards: Guards,
): void {
  const actorOf = (request: FastifyRequest): AdminActor => ({
    db: context.db,
    now: context.clock.now(),
    actorId: (request.auth as ValidSession).user.id,
    origin: originOf(request),
  });
  const found = <T>(result: AdminResult<T>): T => {
    if (!result.ok) {
      throw result.reason === "exists"
        ? new AppError("USER_EXISTS", "A user with this email already exists.", "email")
        : new AppError("USER_NOT_FOUND", "No such user.");
    }
    return result.user;
  };
  const errors = { "4xx": ErrorResponse };
  const now = () => context.clock.now();

  app.get(
    "/api/admin/users",
    { preHandler: guards.requireAdmin, schema: { response: { 200: AdminUserList, ...errors } } },
    async () => ({ users: (await listUsers(context.db)).map((user) => toAdminUser(user, now())) }),
  );

  app.post(
    "/api/admin/users",
    {
      preHandler: guards.requireAdmin,
      schema: { body: CreateUserBody, response: { 200: UserWithTemporaryPassword, ...errors } },
    },
    async (request) => {
      const { user, temporaryPassword } = found(
        await createAccount(actorOf(request), {
          ...request.body,
          role: request.body.role ?? "user",
        }),
      );
      if (request.body.invite === true) {
        await sendInvitation(context, context.mailer, context.site.origin, user);
      }
      return {
        user: toAdminUser(user, now()),
        ...(temporaryPassword === undefined ? {} : { temporaryPassword }),
      };
    },
  );

  app.post(
    "/api/admin/users/:id/status",
    {
      preHandler: guards.requireAdmin,
      schema: {
        params: UserIdParams,
        body: UserStatusBody,
        response: { 200: AdminUser, ...errors },
      },
    },
    async (request) => {
      const user = found(
        await setAccountStatus(actorOf(request), request.params.id, request.body.status),
      );
      return toAdminUser(user, now());
    },
  );

  app.post(
    "/api/admin/users/:id/role",
    {
      preHandler: guards.requireAdmin,
      schema: { params: UserIdParams, body: UserRoleBody, response: { 200: AdminUser, ...errors } },
    },
    async (request) =>
      toAdminUser(
        found(await setAccountRole(actorOf(request), request.params.id, request.body.role)),
        now(),
      ),
  );

  app.post(
    "/api/admin/users/:id/unlock",
    {
      preHandler: guards.requireAdmin,
      schema: { params: UserIdParams, response: { 200: AdminUser, ...errors } },
    },
    async (request) =>
      toAdminUser(found(await unlockUser(actorOf(request), request.params.id)), now()),
  );

  app.post(
    "/api/admin/users/:id/mfa/reset",
    {
      preHandler: guards.requireAdmin,
      schema: { params: UserIdParams, body: EmptyObject, response: { 200: AdminUser, ...errors } },
    },
    async (request) => {
      const result = await resetUserMfa(actorOf(request), context.mailer, request.params.id);
      return toAdminUser(found(result).user, now());
    },
  );

  app.post(
    "/api/admin/users/:id/temporary-password",
    {
      preHandler: guards.requireAdmin,
      schema: { params: UserIdParams, response: { 200: UserWithTemporaryPassword, ...errors } },
    },
    async (request) => {
      const { user, temporaryPassword } = found(
        await setTemporaryPassword(actorOf(request), request.params.id),
      );
      return { user: toAdminUser(user, now()), temporaryPassword };
    },
  );

  app.get(
    "/api/admin/policies",
    { preHandler: guards.requireAdmin, schema: { response: { 200: AllPolicies, ...errors } } },
    () => readAllPolicies(context.db),
  );

  app.put(
    "/api/admin/policies/:kind",
    {
      preHandler: guards.requireAdmin,
      schema: {
        params: PolicyKindParams,
        body: PolicyChangeBody,
        response: { 200: AnyPolicy, ...errors },
      },
    },
    async (request) => {
      const result = await changePolicy(actorOf(request), request.params.kind, request.body);
      if (!result.ok) {
        throw new AppError("VALIDATION_FAILED", result.problem);
      }
      return result.value;
    },
  );

  app.get(
    "/api/admin/audit",
    {
      preHandler: guards.requireAdmin,
      schema: { querystring: AuditQuery, response: { 200: AuditList, ...errors } },
    },
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
}

function toAdminUser(user: User, now: number): AdminUserResponse {
  const lock = lockState(user, now);
  return {
    id: user.id,
    email: user.email,
    displayName: user.display_name,
    role: user.role,
    status: user.status,
    locked: lock.locked,
    lockedUntil: lock.locked && lock.until !== null ? new Date(lock.until).toISOString() : null,
    failedAttempts: user.failed_attempts,
    mustChangePassword: user.must_change_password === 1,
  };
}
