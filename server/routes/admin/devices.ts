// /api/admin devices and IT enrollment tokens: the lists of enrolled devices and of tokens,
// minting a token (shown once), and revoking a device or a token — one handler for both
// (server/admin/device-admin.ts).
import { issueEnrollmentToken, revokeAsAdmin, type Revocable } from "../../admin/device-admin.ts";
import { listAllDevices } from "../../devices/device-store.ts";
import { listEnrollmentTokens } from "../../devices/enrollment-tokens.ts";
import { AppError } from "../../errors.ts";
import { EmptyObject } from "../../schemas/common.ts";
import {
  AdminDeviceList,
  CreateEnrollmentTokenBody,
  EnrollmentTokenList,
  EnrollmentTokenView,
} from "../../schemas/devices.ts";
import { IdParams } from "../../schemas/security.ts";
import { deviceView } from "../devices/device-view.ts";
import { errorReplies, noContent, type RouteModule } from "../route-module.ts";
import { adminActorOf, adminOrToken } from "./admin-actor.ts";

const revocations: { path: string; kind: Revocable; notFound: string }[] = [
  {
    path: "/api/admin/devices/:id/revoke",
    kind: "device",
    notFound: "No active device has that id.",
  },
  {
    path: "/api/admin/enrollment-tokens/:id/revoke",
    kind: "enrollment-token",
    notFound: "No active enrollment token has that id.",
  },
];

export const adminDeviceRoutes: RouteModule = (app, context) => {
  app.get(
    "/api/admin/devices",
    {
      config: adminOrToken(context, "devices:read"),
      schema: { response: { 200: AdminDeviceList, ...errorReplies } },
    },
    async () => ({
      devices: (await listAllDevices(context.db)).map((device) => ({
        ...deviceView(device),
        email: device.email,
        enrolledVia: device.enrolled_via,
        revokedAt: device.revoked_at === null ? null : new Date(device.revoked_at).toISOString(),
      })),
    }),
  );

  app.get(
    "/api/admin/enrollment-tokens",
    {
      config: adminOrToken(context, "devices:read"),
      schema: { response: { 200: EnrollmentTokenList, ...errorReplies } },
    },
    async () => {
      const iso = (time: number | null) =>
        time === null ? null : new Date(Number(time)).toISOString();
      return {
        tokens: (await listEnrollmentTokens(context.db)).map((token) => ({
          id: token.id,
          label: token.label,
          createdAt: iso(token.created_at) ?? "",
          expiresAt: iso(token.expires_at) ?? "",
          revokedAt: iso(token.revoked_at),
        })),
      };
    },
  );

  app.post(
    "/api/admin/enrollment-tokens",
    {
      config: adminOrToken(context, "devices:write"),
      schema: {
        body: CreateEnrollmentTokenBody,
        response: { 200: EnrollmentTokenView, ...errorReplies },
      },
    },
    async (request) => {
      const created = await issueEnrollmentToken(
        adminActorOf(context, request),
        context.random,
        request.body,
      );
      return {
        id: created.id,
        token: created.token,
        expiresAt: new Date(created.expiresAt).toISOString(),
      };
    },
  );

  for (const { path, kind, notFound } of revocations) {
    app.post(
      path,
      {
        config: adminOrToken(context, "devices:write"),
        schema: {
          params: IdParams,
          body: EmptyObject,
          response: { 204: noContent, ...errorReplies },
        },
      },
      async (request, reply) => {
        if (!(await revokeAsAdmin(adminActorOf(context, request), kind, request.params.id))) {
          throw new AppError(kind === "device" ? "DEVICE_NOT_FOUND" : "NOT_FOUND", notFound);
        }
        return reply.status(204).send(null);
      },
    );
  }
};
