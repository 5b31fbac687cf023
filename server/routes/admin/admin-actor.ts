// What every /api/admin route shares: it is for admins who verified in the last hour, and the
// operations it calls record the admin, the time and where the request came from.
import type { FastifyRequest } from "fastify";
import type { AdminActor } from "../../admin/admin-actor.ts";
import type { AppContext } from "../../context.ts";
import { sessionOf } from "../../plugins/authentication.ts";
import { originOf } from "../shared/request-origin.ts";

export const adminOnly = { access: { admin: true as const } };

export function adminActorOf({ db, clock }: AppContext, request: FastifyRequest): AdminActor {
  return { db, now: clock.now(), actorId: sessionOf(request).user.id, origin: originOf(request) };
}
