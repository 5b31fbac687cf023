// What every /api/admin route shares: it is for admins who verified in the last hour (sensitive
// actions: in the last 5 minutes), or for an API token with the route's scope, and the operations
// it calls record the actor (the admin, or the token as `api-token:<id>`), the time and where the
// request came from.
import type { FastifyRequest } from "fastify";
import type { AdminActor } from "../../admin/admin-actor.ts";
import type { AppContext } from "../../context.ts";
import { apiTokenRoute } from "../../plugins/api-token-access.ts";
import { sessionOf } from "../../plugins/authentication.ts";
import type { ApiScope } from "../../schemas/api-tokens.ts";
import { originOf } from "../shared/request-origin.ts";

/** For a signed-in admin only: API tokens cannot call it. */
export const adminOnly = { access: { admin: true as const } };

/** For a signed-in admin, or an API token holding `scope` (rate-limited per token). */
export function adminOrToken({ config }: AppContext, scope: ApiScope) {
  return { ...adminOnly, ...apiTokenRoute(scope, config.apiTokenRateLimitPerMinute) };
}

export function adminActorOf({ db, clock }: AppContext, request: FastifyRequest): AdminActor {
  const token = request.apiToken;
  const actorId = token === undefined ? sessionOf(request).user.id : `api-token:${token.id}`;
  return { db, now: clock.now(), actorId, origin: originOf(request) };
}

/**
 * Sensitive admin actions (reset MFA, temporary password, disable, admin rights, policies, SSO
 * keys) also need a verification within the last 5 minutes (issue 16, docs/admin.md).
 */
export const adminSensitive = {
  access: { admin: true as const, recentVerification: true as const },
};

/**
 * A sensitive action that automation may also take with an API token holding `scope`: a token has
 * no session to re-verify, so its scope is what grants it (docs/api.md).
 */
export function adminSensitiveOrToken(context: AppContext, scope: ApiScope) {
  return { ...adminOrToken(context, scope), ...adminSensitive };
}
