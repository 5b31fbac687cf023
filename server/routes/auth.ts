// Identifier-first sign-in and sign-out: POST /api/auth/identify → /api/auth/password, and
// POST /api/auth/logout.
import type { FastifyRequest } from "fastify";
import type { FastifyTypeboxInstance } from "../app.ts";
import { cookieNames, cookieOptions } from "../auth/cookies.ts";
import { loginFlowLifetimeMs, startLoginFlow } from "../auth/login-flow.ts";
import { maxPasswordBytes } from "../auth/password.ts";
import { invalidateSession, sessionLifetimeMs, validateSessionToken } from "../auth/session.ts";
import { signInWithPassword } from "../auth/sign-in.ts";
import type { ServerContext } from "../context.ts";
import { AppError } from "../errors.ts";
import { IdentifyBody, NextStep, PasswordBody } from "../schemas/auth.ts";
import { EmptyObject, ErrorResponse } from "../schemas/common.ts";

export function authRoutes(
  app: FastifyTypeboxInstance,
  context: ServerContext,
  https: boolean,
): void {
  const names = cookieNames(https);

  app.post(
    "/api/auth/identify",
    { schema: { body: IdentifyBody, response: { 200: NextStep, "4xx": ErrorResponse } } },
    async (request, reply) => {
      // Every address gets a flow and the password step: the answer never says who has an account.
      const { token } = await startLoginFlow(context, request.body.email);
      reply.setCookie(names.loginFlow, token, cookieOptions(https, loginFlowLifetimeMs / 1000));
      return { next: "password" as const };
    },
  );

  app.post(
    "/api/auth/password",
    { schema: { body: PasswordBody, response: { 200: NextStep, "4xx": ErrorResponse } } },
    async (request, reply) => {
      if (Buffer.byteLength(request.body.password, "utf8") > maxPasswordBytes) {
        throw new AppError(
          "VALIDATION_FAILED",
          `Passwords can be at most ${maxPasswordBytes} bytes long.`,
          "password",
        );
      }
      const result = await signInWithPassword(context, {
        flowToken: request.cookies[names.loginFlow] ?? "",
        password: request.body.password,
        origin: { ip: request.ip, userAgent: request.headers["user-agent"] ?? null },
      });
      if (!result.ok) {
        if (result.reason === "flow_expired") {
          reply.clearCookie(names.loginFlow, { path: "/" });
          throw new AppError(
            "LOGIN_FLOW_EXPIRED",
            "Your sign-in timed out. Enter your email again.",
          );
        }
        throw new AppError("AUTH_INVALID_CREDENTIALS", "The email or password is incorrect.");
      }
      reply.clearCookie(names.loginFlow, { path: "/" });
      reply.setCookie(names.session, result.token, cookieOptions(https, sessionLifetimeMs / 1000));
      request.log.info({ userId: result.user.id, sessionId: result.session.id }, "signed in");
      return { next: "done" as const };
    },
  );

  app.post(
    "/api/auth/logout",
    { schema: { body: EmptyObject, response: { 204: { type: "null" }, "4xx": ErrorResponse } } },
    async (request: FastifyRequest, reply) => {
      const token = request.cookies[names.session];
      const auth = token === undefined ? undefined : await validateSessionToken(context, token);
      if (auth !== undefined) {
        await invalidateSession(context.db, auth.session.id);
      }
      reply.clearCookie(names.session, { path: "/" });
      return reply.status(204).send();
    },
  );
}
