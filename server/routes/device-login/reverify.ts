// Re-verification with the device's authenticator alone (server/device-login/passkey-reverify.ts):
// the options name the session user's passkeys; the assertion restarts the session's clocks. A
// session due for re-verification is served here, so these routes check the session themselves.
import type { FastifyRequest } from "fastify";
import { reverifyWithPasskey, startPasskeyReverify } from "../../device-login/passkey-reverify.ts";
import { AppError } from "../../errors.ts";
import { checkSession } from "../../plugins/authentication.ts";
import { signInRateLimit } from "../../plugins/rate-limit.ts";
import { EmptyObject } from "../../schemas/common.ts";
import { CeremonyOptions, PasskeyReverifyBody } from "../../schemas/devices.ts";
import type { AppContext } from "../../context.ts";
import { errorReplies, noContent, type RouteModule } from "../route-module.ts";
import { originOf } from "../shared/request-origin.ts";
import { deviceLoginDisabled, refusedAssertionError } from "./replies.ts";

export const passkeyReverifyRoutes: RouteModule = (app, context) => {
  const config = signInRateLimit(context.config.signInRateLimitPerMinute);

  app.post(
    "/api/device-login/reverify/options",
    { config, schema: { body: EmptyObject, response: { 200: CeremonyOptions, ...errorReplies } } },
    async (request) => {
      const started = await startPasskeyReverify(
        context,
        await sessionToReverify(context, request),
      );
      if (started.ok) {
        return { options: started.options };
      }
      throw started.reason === "disabled"
        ? deviceLoginDisabled()
        : new AppError("PASSKEY_NOT_FOUND", "Set up device login first.");
    },
  );

  app.post(
    "/api/device-login/reverify/verify",
    {
      config,
      schema: { body: PasskeyReverifyBody, response: { 204: noContent, ...errorReplies } },
    },
    async (request, reply) => {
      const result = await reverifyWithPasskey(context, {
        auth: await sessionToReverify(context, request),
        response: request.body.response,
        origin: originOf(request),
      });
      if (result.ok) {
        return reply.status(204).send(null);
      }
      throw result.reason === "disabled" ? deviceLoginDisabled() : refusedAssertionError(result);
    },
  );
};

/** The session, valid or due for re-verification; a missing one must sign in. */
async function sessionToReverify(context: AppContext, request: FastifyRequest) {
  const check = await checkSession(context, request);
  if (check.status === "invalid") {
    throw new AppError("AUTH_REQUIRED", "Sign in to continue.");
  }
  return check.auth;
}
