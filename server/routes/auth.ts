// Identifier-first sign-in, re-verification and sign-out: POST /api/auth/identify →
// /api/auth/password, POST /api/auth/reverify, POST /api/auth/logout.
import type { FastifyRequest } from "fastify";
import type { FastifyTypeboxInstance } from "../app.ts";
import { recordAuditEvent } from "../audit/audit-log.ts";
import { cookieNames, cookieOptions } from "../auth/cookies.ts";
import { loginFlowLifetimeMs, startLoginFlow } from "../auth/login-flow.ts";
import { checkPasswordFactor } from "../auth/password-factor.ts";
import { maxPasswordBytes } from "../auth/password.ts";
import { invalidateSession, markSessionVerified } from "../auth/session.ts";
import { signInWithPassword } from "../auth/sign-in.ts";
import type { ServerContext } from "../context.ts";
import { AppError } from "../errors.ts";
import type { Guards } from "../plugins/authentication.ts";
import { signInRateLimit } from "../plugins/rate-limit.ts";
import { readPolicy } from "../policies/policy-store.ts";
import { IdentifyBody, NextStep, PasswordBody, SessionIdentity } from "../schemas/auth.ts";
import { EmptyObject, ErrorResponse } from "../schemas/common.ts";
import { lockedError } from "./locked-error.ts";

export function authRoutes(
  app: FastifyTypeboxInstance,
  context: ServerContext,
  guards: Guards,
  https: boolean,
): void {
  const names = cookieNames(https);
  const throttle = signInRateLimit(context.config.signInRateLimitPerMinute);

  app.post(
    "/api/auth/identify",
    {
      config: throttle,
      schema: { body: IdentifyBody, response: { 200: NextStep, "4xx": ErrorResponse } },
    },
    async (request, reply) => {
      // Every address gets a flow and the password step: the answer never says who has an account.
      const { token } = await startLoginFlow(
        context,
        request.body.email,
        request.body.portal ?? "user",
      );
      reply.setCookie(names.loginFlow, token, cookieOptions(https, loginFlowLifetimeMs / 1000));
      return { next: "password" as const };
    },
  );

  app.post(
    "/api/auth/password",
    {
      config: throttle,
      schema: { body: PasswordBody, response: { 200: NextStep, "4xx": ErrorResponse } },
    },
    async (request, reply) => {
      refuseOversizePassword(request.body.password);
      const result = await signInWithPassword(context, {
        flowToken: request.cookies[names.loginFlow] ?? "",
        password: request.body.password,
        origin: originOf(request),
      });
      if (!result.ok) {
        if (result.reason === "flow_expired") {
          reply.clearCookie(names.loginFlow, { path: "/" });
          throw new AppError(
            "LOGIN_FLOW_EXPIRED",
            "Your sign-in timed out. Enter your email again.",
          );
        }
        if (result.reason === "locked") {
          throw lockedError(result.until);
        }
        throw new AppError("AUTH_INVALID_CREDENTIALS", "The email or password is incorrect.");
      }
      reply.clearCookie(names.loginFlow, { path: "/" });
      const lifetimeSeconds = Math.floor((result.session.expires_at - context.clock.now()) / 1000);
      reply.setCookie(names.session, result.token, cookieOptions(https, lifetimeSeconds));
      request.log.info({ userId: result.user.id, sessionId: result.session.id }, "signed in");
      return {
        next:
          result.user.must_change_password === 1 ? ("change_password" as const) : ("done" as const),
      };
    },
  );

  app.post(
    "/api/auth/reverify",
    {
      config: throttle,
      schema: { body: PasswordBody, response: { 204: { type: "null" }, "4xx": ErrorResponse } },
    },
    async (request, reply) => {
      refuseOversizePassword(request.body.password);
      const check = await guards.checkSession(request);
      if (check.status === "invalid") {
        throw new AppError("AUTH_REQUIRED", "Sign in to continue.");
      }
      const { user, session } = check.auth;
      const now = context.clock.now();
      const origin = originOf(request);
      const policy = await readPolicy(context.db, "lockout");
      const factor = await checkPasswordFactor(
        { db: context.db, now, policy },
        user,
        request.body.password,
        origin,
      );
      if (!factor.ok) {
        await recordAuditEvent(context.db, {
          event: "session.reverify_failed",
          at: now,
          reason: factor.reason,
          actorId: user.id,
          targetId: user.id,
          targetEmail: user.email,
          origin,
        });
        if (factor.reason === "locked") {
          // The user is already signed in, so saying "locked" reveals nothing new.
          await invalidateSession(context.db, session.id);
          reply.clearCookie(names.session, { path: "/" });
          throw lockedError(factor.until);
        }
        throw new AppError("CURRENT_PASSWORD_INCORRECT", "That password is incorrect.", "password");
      }
      await markSessionVerified(context.db, session.id, now);
      await recordAuditEvent(context.db, {
        event: "session.reverified",
        at: now,
        actorId: user.id,
        targetId: user.id,
        targetEmail: user.email,
        origin,
      });
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/auth/session",
    { schema: { response: { 200: SessionIdentity, "4xx": ErrorResponse } } },
    async (request) => {
      // Answers a session due for re-verification too, so the prompt can say whose password it
      // asks for; it reveals nothing the holder of the cookie did not already know.
      const check = await guards.checkSession(request);
      if (check.status === "invalid") {
        throw new AppError("AUTH_REQUIRED", "Sign in to continue.");
      }
      return {
        email: check.auth.user.email,
        displayName: check.auth.user.display_name,
        reverificationRequired: check.status === "reverify",
      };
    },
  );

  app.post(
    "/api/auth/logout",
    { schema: { body: EmptyObject, response: { 204: { type: "null" }, "4xx": ErrorResponse } } },
    async (request, reply) => {
      // A session due for re-verification can still be ended.
      const check = await guards.checkSession(request);
      if (check.status !== "invalid") {
        await invalidateSession(context.db, check.auth.session.id);
      }
      reply.clearCookie(names.session, { path: "/" });
      return reply.status(204).send(null);
    },
  );
}

export function originOf(request: FastifyRequest): { ip: string; userAgent: string | null } {
  return { ip: request.ip, userAgent: request.headers["user-agent"] ?? null };
}

export function refuseOversizePassword(password: string, field = "password"): void {
  if (Buffer.byteLength(password, "utf8") > maxPasswordBytes) {
    throw new AppError(
      "VALIDATION_FAILED",
      `Passwords can be at most ${maxPasswordBytes} bytes long.`,
      field,
    );
  }
}
