// Push as a factor in Security (issue 17): GET /api/me/push says whether the desktop app
// approves this user's sign-ins and on which computers; turning it off and on again needs a
// recent verification, like every factor change (server/auth/push/push-factor.ts).
import { describePushFactor, turnPushOff, turnPushOn } from "../../auth/push/push-factor.ts";
import { AppError } from "../../errors.ts";
import { changingFactors, sessionOf } from "../../plugins/authentication.ts";
import { EmptyObject } from "../../schemas/common.ts";
import { PushFactorView } from "../../schemas/push.ts";
import { errorReplies, noContent, type RouteModule } from "../route-module.ts";
import { originOf } from "../shared/request-origin.ts";

export const pushFactorRoutes: RouteModule = (app, context) => {
  app.get(
    "/api/me/push",
    {
      config: { access: { session: "ready" } },
      schema: { response: { 200: PushFactorView, ...errorReplies } },
    },
    (request) => describePushFactor(context.db, sessionOf(request).user.id),
  );

  app.post(
    "/api/me/push/turn-off",
    {
      config: { access: changingFactors },
      schema: { body: EmptyObject, response: { 204: noContent, ...errorReplies } },
    },
    async (request, reply) => {
      const result = await turnPushOff(context, {
        auth: sessionOf(request),
        origin: originOf(request),
      });
      if (!result.ok) {
        throw new AppError(
          "PUSH_REQUIRED_BY_POLICY",
          "Your organization requires sign-in approval on your desktop app.",
        );
      }
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/me/push/turn-on",
    {
      config: { access: changingFactors },
      schema: { body: EmptyObject, response: { 204: noContent, ...errorReplies } },
    },
    async (request, reply) => {
      await turnPushOn(context, { auth: sessionOf(request), origin: originOf(request) });
      return reply.status(204).send(null);
    },
  );
};
