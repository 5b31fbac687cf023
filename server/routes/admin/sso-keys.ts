// /api/admin/sso-keys/rotate: new SSO signing or cookie keys, as `sso rotate-keys` makes them;
// every instance signs with them within a second (server/admin/sso-key-admin.ts). Sensitive: the
// admin verified in the last 5 minutes.
import { rotateKeys } from "../../admin/sso-key-admin.ts";
import { announceOn } from "../../context.ts";
import { AppError } from "../../errors.ts";
import { SsoKeyRotationBody } from "../../schemas/admin.ts";
import { errorReplies, noContent, type RouteModule } from "../route-module.ts";
import { adminActorOf, adminSensitive } from "./admin-actor.ts";

export const adminSsoKeyRoutes: RouteModule = (app, context) => {
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
