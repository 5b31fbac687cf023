// /api/admin/sso-keys: the SSO keys with their state, for the console's Settings; and rotate: new
// SSO signing or cookie keys, as `sso rotate-keys` makes them; every instance signs with them
// within a second (server/admin/sso-key-admin.ts). Rotating is sensitive: the admin verified in
// the last 5 minutes.
import { listSsoKeySummaries, rotateKeys } from "../../admin/sso-key-admin.ts";
import { announceOn } from "../../context.ts";
import { AppError } from "../../errors.ts";
import { SsoKeyRotationBody } from "../../schemas/admin.ts";
import { SsoKeyList } from "../../schemas/admin-settings.ts";
import { errorReplies, noContent, type RouteModule } from "../route-module.ts";
import { adminActorOf, adminOnly, adminSensitive } from "./admin-actor.ts";

const iso = (at: number) => new Date(at).toISOString();

export const adminSsoKeyRoutes: RouteModule = (app, context) => {
  app.get(
    "/api/admin/sso-keys",
    { config: adminOnly, schema: { response: { 200: SsoKeyList, ...errorReplies } } },
    async () => ({
      keys: (await listSsoKeySummaries(context.db)).map((key) => ({
        id: key.id,
        purpose: key.purpose,
        algorithm: key.algorithm,
        createdAt: iso(key.createdAt),
        state: key.retiredAt === null ? ("active" as const) : ("retired" as const),
        retiredAt: key.retiredAt === null ? null : iso(key.retiredAt),
      })),
    }),
  );

  app.post(
    "/api/admin/sso-keys/rotate",
    {
      config: adminSensitive,
      schema: { body: SsoKeyRotationBody, response: { 204: noContent, ...errorReplies } },
    },
    async (request, reply) => {
      const actor = adminActorOf(context, request);
      const rotated = await rotateKeys(
        {
          ...context,
          actorId: actor.actorId,
          ...(actor.origin === undefined ? {} : { origin: actor.origin }),
          announce: announceOn(context),
        },
        request.body.purpose,
      );
      if (!rotated.ok) {
        throw new AppError("NOT_FOUND", "There is no organization yet.");
      }
      return reply.status(204).send(null);
    },
  );
};
