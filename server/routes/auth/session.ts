// GET /api/auth/session (whose session this is, also when it is due for re-verification, so
// the prompt can say whose password it asks for) and POST /api/auth/logout (ends it, due or not).
import { hasActiveTotp } from "../../auth/mfa/totp-factor.ts";
import { invalidateSession } from "../../auth/session.ts";
import { AppError } from "../../errors.ts";
import { checkSession } from "../../plugins/authentication.ts";
import { SessionIdentity } from "../../schemas/auth.ts";
import { EmptyObject } from "../../schemas/common.ts";
import { errorReplies, noContent, type RouteModule } from "../route-module.ts";

export const sessionRoutes: RouteModule = (app, context) => {
  app.get(
    "/api/auth/session",
    { schema: { response: { 200: SessionIdentity, ...errorReplies } } },
    async (request) => {
      // It reveals nothing the holder of the cookie did not already know.
      const check = await checkSession(context, request);
      if (check.status === "invalid") {
        throw new AppError("AUTH_REQUIRED", "Sign in to continue.");
      }
      return {
        email: check.auth.user.email,
        displayName: check.auth.user.display_name,
        reverificationRequired: check.status === "reverify",
        mfa: await hasActiveTotp(context.db, check.auth.user.id),
      };
    },
  );

  app.post(
    "/api/auth/logout",
    { schema: { body: EmptyObject, response: { 204: noContent, ...errorReplies } } },
    async (request, reply) => {
      const check = await checkSession(context, request);
      if (check.status !== "invalid") {
        await invalidateSession(context.db, check.auth.session.id);
      }
      reply.clearCookie(context.cookies.names.session, { path: "/" });
      return reply.status(204).send(null);
    },
  );
};
