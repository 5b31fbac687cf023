// Resolves the session cookie into `request.auth` for routes that need a signed-in user.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { cookieNames } from "../auth/cookies.ts";
import { validateSessionToken, type ValidSession } from "../auth/session.ts";
import type { ServerContext } from "../context.ts";
import { AppError } from "../errors.ts";

declare module "fastify" {
  interface FastifyRequest {
    auth: ValidSession | undefined;
  }
}

export type RequireSession = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

export function registerAuthentication(
  app: FastifyInstance,
  context: ServerContext,
  https: boolean,
): RequireSession {
  const names = cookieNames(https);
  app.decorateRequest("auth", undefined);
  return async (request) => {
    const token = request.cookies[names.session];
    const auth = token === undefined ? undefined : await validateSessionToken(context, token);
    if (auth === undefined) {
      throw new AppError("AUTH_REQUIRED", "Sign in to continue.");
    }
    request.auth = auth;
  };
}
