// API tokens on the routes that accept them (docs/api.md). A route opts in by declaring the scope
// it needs, `config: { apiScope }`, next to its access. A request that carries
// `Authorization: Bearer` is judged by its token alone: the session cookie is ignored, and the
// CSRF check does not apply (csrf.ts), because a browser never attaches that header by itself.
import type { FastifyRequest } from "fastify";
import { checkApiToken, type ValidApiToken } from "../auth/api-token.ts";
import type { AppContext } from "../context.ts";
import { AppError } from "../errors.ts";
import type { ApiScope } from "../schemas/api-tokens.ts";

declare module "fastify" {
  interface FastifyContextConfig {
    /** The scope an API token needs to call this route; routes without one refuse tokens. */
    apiScope?: ApiScope;
  }
  interface FastifyRequest {
    apiToken: ValidApiToken | undefined;
  }
}

/** The token of an `Authorization: Bearer` header (RFC 6750 §2.1), or undefined. */
export function bearerTokenOf(request: FastifyRequest): string | undefined {
  const match = /^Bearer +(\S+) *$/i.exec(request.headers.authorization ?? "");
  return match?.[1];
}

/** Whether this request is judged by its API token rather than a session cookie. */
export function carriesApiToken(request: FastifyRequest): boolean {
  return bearerTokenOf(request) !== undefined;
}

/** The token behind a request to a route that accepts tokens; refusals are AppErrors. */
export async function admitApiToken(
  { db, clock }: Pick<AppContext, "db" | "clock">,
  request: FastifyRequest,
  presented: string,
): Promise<ValidApiToken> {
  const scope = request.routeOptions.config.apiScope;
  if (scope === undefined) {
    throw new AppError(
      "API_TOKEN_NOT_ACCEPTED",
      "This route is for the portal only; API tokens cannot call it.",
    );
  }
  const check = await checkApiToken(db, presented, { now: clock.now(), ip: request.ip });
  if (!check.ok) {
    throw new AppError(
      "API_TOKEN_INVALID",
      check.reason === "invalid"
        ? "This API token is not valid."
        : `This API token is ${check.reason}; ask an admin for a new one.`,
    );
  }
  if (!check.token.scopes.includes(scope)) {
    throw new AppError("API_TOKEN_SCOPE_MISSING", `This API token lacks the ${scope} scope.`);
  }
  return check.token;
}

/**
 * Route config of every route that accepts tokens: its scope, and `max` requests per token per
 * minute across every instance (rate-limit.ts). Only tokens proven genuine are counted (the token
 * is admitted in an app-level preValidation hook, before the route's own limit), never a guessed
 * id; session requests are not counted here.
 */
export function apiTokenRoute(scope: ApiScope, max: number) {
  return {
    apiScope: scope,
    rateLimit: { max, windowMilliseconds: 60_000, perApiToken: true as const },
  };
}
