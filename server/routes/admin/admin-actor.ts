// What every /api/admin route shares: it is for admins who verified in the last hour (sensitive
// actions: in the last 5 minutes), and the operations it calls record the admin, time and origin.
import type { FastifyRequest } from "fastify";
import type { AdminActor } from "../../admin/admin-actor.ts";
import type { AppContext } from "../../context.ts";
import { sessionOf } from "../../plugins/authentication.ts";
import { originOf } from "../shared/request-origin.ts";

export const adminOnly = { access: { admin: true as const } };

export function adminActorOf({ db, clock }: AppContext, request: FastifyRequest): AdminActor {
  return { db, now: clock.now(), actorId: sessionOf(request).user.id, origin: originOf(request) };
}

/**
 * Sensitive admin actions (reset MFA, temporary password, disable, admin rights, policies, SSO
 * keys) also need a verification within the last 5 minutes (issue 16, docs/admin.md).
 */
export const adminSensitive = {
  access: { admin: true as const, recentVerification: true as const },
};
