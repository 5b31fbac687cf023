// The signed-in user's devices: a connect key to enroll one (POST /api/me/connect-keys, shown
// once), the list (GET /api/me/devices) and removing one (DELETE /api/me/devices/:id, which
// takes its device logins with it, so it needs a verification in the last 5 minutes).
import { listUserDevices } from "../../devices/device-store.ts";
import { generateConnectKey, removeOwnDevice } from "../../devices/own-devices.ts";
import { AppError } from "../../errors.ts";
import { sessionOf } from "../../plugins/authentication.ts";
import { EmptyObject } from "../../schemas/common.ts";
import { ConnectKeyView, DeviceList } from "../../schemas/devices.ts";
import { IdParams } from "../../schemas/security.ts";
import { errorReplies, noContent, type RouteModule } from "../route-module.ts";
import { originOf } from "../shared/request-origin.ts";
import { deviceView } from "./device-view.ts";

export const ownDeviceRoutes: RouteModule = (app, context) => {
  const signedIn = { access: { session: "ready" as const } };

  app.post(
    "/api/me/connect-keys",
    {
      config: signedIn,
      schema: { body: EmptyObject, response: { 200: ConnectKeyView, ...errorReplies } },
    },
    async (request) => {
      const { key, expiresAt } = await generateConnectKey(context, {
        user: sessionOf(request).user,
        origin: originOf(request),
      });
      return { connectKey: key, expiresAt: new Date(expiresAt).toISOString() };
    },
  );

  app.get(
    "/api/me/devices",
    { config: signedIn, schema: { response: { 200: DeviceList, ...errorReplies } } },
    async (request) => ({
      devices: (await listUserDevices(context.db, sessionOf(request).user.id)).map(deviceView),
    }),
  );

  app.delete(
    "/api/me/devices/:id",
    {
      config: { access: { recentVerification: true } },
      schema: { params: IdParams, response: { 204: noContent, ...errorReplies } },
    },
    async (request, reply) => {
      const removed = await removeOwnDevice(context, {
        user: sessionOf(request).user,
        deviceId: request.params.id,
        origin: originOf(request),
      });
      if (!removed) {
        throw new AppError("DEVICE_NOT_FOUND", "That device is not enrolled to your account.");
      }
      return reply.status(204).send(null);
    },
  );
};
