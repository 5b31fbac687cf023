// /api/admin/sso-keys/rotate: new SSO signing or cookie keys, as `sso rotate-keys` makes them;
// every instance signs with them within a second (admin/sso-key-admin.ts).
import type { FastifyTypeboxInstance } from "../app.ts";
import { rotateKeys } from "../admin/sso-key-admin.ts";
import { announceOn, type ServerContext } from "../context.ts";
import { AppError } from "../errors.ts";
import type { ValidSession } from "../auth/session.ts";
import type { Guards } from "../plugins/authentication.ts";
import { SsoKeyRotationBody } from "../schemas/admin.ts";
import { ErrorResponse } from "../schemas/common.ts";
import { originOf } from "./auth.ts";

export function adminSsoKeyRoutes(
  app: FastifyTypeboxInstance,
  context: ServerContext,
  guards: Guards,
): void {
  app.post(
    "/api/admin/sso-keys/rotate",
    {
      preHandler: guards.requireAdmin,
      schema: {
        body: SsoKeyRotationBody,
        response: { 204: { type: "null" }, "4xx": ErrorResponse },
      },
    },
    async (request, reply) => {
      const rotated = await rotateKeys(
        {
          ...context,
          actorId: (request.auth as ValidSession).user.id,
          origin: originOf(request),
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
}
