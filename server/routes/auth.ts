// Identifier-first sign-in, re-verification and sign-out: POST /api/auth/identify →
// /api/auth/password → (with MFA) /api/auth/mfa, POST /api/auth/reverify, POST /api/auth/logout.
import type { FastifyReply } from "fastify";
import type { FastifyTypeboxInstance } from "./fastify-typebox.ts";
import { recordAuditEvent } from "../audit/audit-log.ts";
import { loginFlowLifetimeMs, startLoginFlow } from "../auth/login-flow.ts";
import { signInWithSecondFactor } from "../auth/mfa-sign-in.ts";
import { checkSecondFactor } from "../auth/mfa/second-factor.ts";
import { hasActiveTotp } from "../auth/mfa/totp-factor.ts";
import { checkPasswordFactor } from "../auth/password-factor.ts";
import { invalidateSession, markSessionVerified } from "../auth/session.ts";
import { signInWithPassword } from "../auth/sign-in.ts";
import type { AppContext } from "../context.ts";
import { AppError } from "../errors.ts";
import { maxPasswordBytes } from "../lib/limits.ts";
import type { Guards } from "../plugins/authentication.ts";
import { signInRateLimit } from "../plugins/rate-limit.ts";
import { readPolicy } from "../policies/policy-store.ts";
import {
  IdentifyBody,
  NextStep,
  PasswordBody,
  ReverifyBody,
  SecondFactorBody,
  SessionIdentity,
} from "../schemas/auth.ts";
import { EmptyObject, ErrorResponse } from "../schemas/common.ts";
import type { Session, User } from "../storage/schema.ts";
import { lockedError } from "./locked-error.ts";
import { secondFactorError } from "./second-factor-error.ts";
import { originOf } from "./request-origin.ts";

export function authRoutes(app: FastifyTypeboxInstance, context: AppContext, guards: Guards): void {
  const { names } = context.cookies;
  const throttle = signInRateLimit(context.config.signInRateLimitPerMinute);
  const startSession = (
    reply: FastifyReply,
    result: { token: string; session: Session; user: User },
  ): { next: "done" | "change_password" | "enroll_mfa" } => {
    reply.clearCookie(names.loginFlow, { path: "/" });
    const lifetimeSeconds = Math.floor((result.session.expires_at - context.clock.now()) / 1000);
    reply.setCookie(names.session, result.token, context.cookies.options(lifetimeSeconds));
    reply.log.info({ userId: result.user.id, sessionId: result.session.id }, "signed in");
    if (result.user.must_change_password === 1) {
      return { next: "change_password" };
    }
    return { next: result.session.mfa_enroll_by === null ? "done" : "enroll_mfa" };
  };
  const flowExpired = (reply: FastifyReply) => {
    reply.clearCookie(names.loginFlow, { path: "/" });
    return new AppError("LOGIN_FLOW_EXPIRED", "Your sign-in timed out. Enter your email again.");
  };

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
      reply.setCookie(names.loginFlow, token, context.cookies.options(loginFlowLifetimeMs / 1000));
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
          throw flowExpired(reply);
        }
        if (result.reason === "locked") {
          throw lockedError(result.until);
        }
        throw new AppError("AUTH_INVALID_CREDENTIALS", "The email or password is incorrect.");
      }
      if ("next" in result) {
        return { next: result.next }; // the flow waits for the second factor
      }
      return startSession(reply, result);
    },
  );

  app.post(
    "/api/auth/mfa",
    {
      config: throttle,
      schema: { body: SecondFactorBody, response: { 200: NextStep, "4xx": ErrorResponse } },
    },
    async (request, reply) => {
      const result = await signInWithSecondFactor(context, {
        flowToken: request.cookies[names.loginFlow] ?? "",
        code: request.body.code,
        origin: originOf(request),
      });
      if (result.ok) {
        return startSession(reply, result);
      }
      switch (result.reason) {
        case "flow_expired":
          throw flowExpired(reply);
        case "too_many_attempts":
          reply.clearCookie(names.loginFlow, { path: "/" });
          throw new AppError(
            "MFA_TOO_MANY_ATTEMPTS",
            "Too many wrong codes. Start again with your email and password.",
          );
        case "locked":
          reply.clearCookie(names.loginFlow, { path: "/" });
          // With revealLocked off, a lock reads like any failed sign-in (no enumeration).
          throw result.reveal
            ? lockedError(result.until)
            : new AppError("MFA_TOO_MANY_ATTEMPTS", "Start again with your email and password.");
        default:
          throw secondFactorError(result, result.attemptsLeft);
      }
    },
  );

  app.post(
    "/api/auth/reverify",
    {
      config: throttle,
      schema: { body: ReverifyBody, response: { 204: { type: "null" }, "4xx": ErrorResponse } },
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
      const hasFactor = await hasActiveTotp(context.db, user.id);
      const factor = await checkPasswordFactor(
        { db: context.db, now, policy, secondFactorFollows: hasFactor },
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
      if (hasFactor) {
        // A user with MFA re-verifies with both factors (docs/design.md §5).
        if (request.body.code === undefined) {
          throw new AppError(
            "MFA_REQUIRED",
            "Enter the 6-digit code from your authenticator app, or a recovery code.",
            "code",
          );
        }
        const second = await checkSecondFactor(context, {
          userId: user.id,
          code: request.body.code,
          lockout: policy,
          purpose: "reverify",
          origin,
        });
        if (!second.ok) {
          if (second.reason === "locked") {
            await invalidateSession(context.db, session.id);
            reply.clearCookie(names.session, { path: "/" });
          }
          throw secondFactorError(second);
        }
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
        mfa: await hasActiveTotp(context.db, check.auth.user.id),
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

export function refuseOversizePassword(password: string, field = "password"): void {
  if (Buffer.byteLength(password, "utf8") > maxPasswordBytes) {
    throw new AppError(
      "VALIDATION_FAILED",
      `Passwords can be at most ${maxPasswordBytes} bytes long.`,
      field,
    );
  }
}
