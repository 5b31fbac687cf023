// The signed-in user's device logins (server/device-login/passkey-setup.ts): their status, and
// removing one (it changes how the user signs in, so it needs a verification in the last 5
// minutes). Setting one up is in setup.ts.
import { deviceLoginStatus, removePasskey } from "../../device-login/passkey-setup.ts";
import { AppError } from "../../errors.ts";
import { sessionOf } from "../../plugins/authentication.ts";
import { DeviceLoginStatus } from "../../schemas/devices.ts";
import { IdParams } from "../../schemas/security.ts";
import { errorReplies, noContent, type RouteModule } from "../route-module.ts";
import { originOf } from "../shared/request-origin.ts";
import { passkeyView } from "./replies.ts";

const iso = (time: number) => new Date(time).toISOString();

export const passkeyRoutes: RouteModule = (app, context) => {
  app.get(
    "/api/me/device-login",
    {
      config: { access: { session: "ready" } },
      schema: { response: { 200: DeviceLoginStatus, ...errorReplies } },
    },
    async (request) => {
      const status = await deviceLoginStatus(context, sessionOf(request));
      return {
        ...status,
        passkeys: status.passkeys.map(passkeyView),
        verifiedAt: iso(status.verifiedAt),
        reverifyAt: iso(status.reverifyAt),
      };
    },
  );

  app.delete(
    "/api/me/passkeys/:id",
    {
      config: { access: { recentVerification: true } },
      schema: { params: IdParams, response: { 204: noContent, ...errorReplies } },
    },
    async (request, reply) => {
      const removed = await removePasskey(context, {
        user: sessionOf(request).user,
        passkeyId: request.params.id,
        origin: originOf(request),
      });
      if (!removed) {
        throw new AppError("PASSKEY_NOT_FOUND", "That device login is not set up on your account.");
      }
      return reply.status(204).send(null);
    },
  );
};
