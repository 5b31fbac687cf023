// Device enrollment and proof (DESIGN.md §5): connect keys and the user's devices under /api/me,
// enrollment and proof challenges under /api/devices, and the admin's list, revoke and
// enrollment tokens under /api/admin.
import type { FastifyRequest } from "fastify";
import type { FastifyTypeboxInstance } from "../app.ts";
import { recordAuditEvent } from "../audit/audit-log.ts";
import type { ValidSession } from "../auth/session.ts";
import type { ServerContext } from "../context.ts";
import { createConnectKey, useConnectKey } from "../devices/connect-keys.ts";
import { issueDeviceChallenge, deviceChallengeLifetimeMs } from "../devices/device-proof.ts";
import { parseDevicePublicKey } from "../devices/device-public-key.ts";
import {
  enrollDevice,
  listAllDevices,
  listUserDevices,
  removeUserDevice,
  revokeDevice,
} from "../devices/device-store.ts";
import {
  checkEnrollmentToken,
  createEnrollmentToken,
  revokeEnrollmentToken,
} from "../devices/enrollment-tokens.ts";
import { AppError } from "../errors.ts";
import type { Guards } from "../plugins/authentication.ts";
import { signInRateLimit } from "../plugins/rate-limit.ts";
import { EmptyObject, ErrorResponse } from "../schemas/common.ts";
import {
  AdminDeviceList,
  ConnectKeyView,
  CreateEnrollmentTokenBody,
  DeviceChallenge,
  DeviceList,
  DeviceProofBody,
  EnrollDeviceBody,
  EnrolledDevice,
  EnrollmentTokenView,
} from "../schemas/devices.ts";
import { IdParams } from "../schemas/security.ts";
import type { Device } from "../storage/devices-schema.ts";
import { originOf } from "./auth.ts";
import { checkDeviceProof } from "./device-proof-check.ts";

const iso = (time: number) => new Date(time).toISOString();

export function deviceRoutes(
  app: FastifyTypeboxInstance,
  context: ServerContext,
  guards: Guards,
  publicOrigin: () => string,
): void {
  const { db, clock, random } = context;
  const auth = (request: FastifyRequest) => request.auth as ValidSession;
  const errors = { "4xx": ErrorResponse };
  const throttle = signInRateLimit(context.config.signInRateLimitPerMinute);

  app.post(
    "/api/me/connect-keys",
    {
      preHandler: guards.requireSession,
      schema: { body: EmptyObject, response: { 200: ConnectKeyView, ...errors } },
    },
    async (request) => {
      const { user } = auth(request);
      const now = clock.now();
      const { key, expiresAt } = await createConnectKey(db, random, user.id, now);
      await recordAuditEvent(db, {
        event: "device.connect_key_created",
        at: now,
        actorId: user.id,
        targetId: user.id,
        targetEmail: user.email,
        origin: originOf(request),
      });
      return { connectKey: key, expiresAt: iso(expiresAt) };
    },
  );

  app.get(
    "/api/me/devices",
    { preHandler: guards.requireSession, schema: { response: { 200: DeviceList, ...errors } } },
    async (request) => ({
      devices: (await listUserDevices(db, auth(request).user.id)).map(deviceView),
    }),
  );

  app.delete(
    "/api/me/devices/:id",
    {
      // Removing a device also removes its device logins: it needs a recent verification.
      preHandler: [guards.requireSession, guards.requireRecentVerification],
      schema: { params: IdParams, response: { 204: { type: "null" }, ...errors } },
    },
    async (request, reply) => {
      const { user } = auth(request);
      if (!(await removeUserDevice(db, user.id, request.params.id))) {
        throw new AppError("DEVICE_NOT_FOUND", "That device is not enrolled to your account.");
      }
      await recordAuditEvent(db, {
        event: "device.removed",
        at: clock.now(),
        actorId: user.id,
        targetId: user.id,
        targetEmail: user.email,
        origin: originOf(request),
        details: { deviceId: request.params.id },
      });
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/devices/enroll",
    {
      config: throttle,
      schema: { body: EnrollDeviceBody, response: { 200: EnrolledDevice, ...errors } },
    },
    async (request) => {
      const body = request.body;
      const now = clock.now();
      const refuse = async (reason: string) => {
        await recordAuditEvent(db, {
          event: "device.enrollment_refused",
          at: now,
          reason,
          origin: originOf(request),
        });
        return new AppError(
          "CONNECT_KEY_INVALID",
          reason === "expired"
            ? "That connect key has expired. Generate a new one in Security."
            : "That connect key is not valid. Generate a new one in Security.",
          undefined,
          { reason },
        );
      };
      if ((body.connectKey === undefined) === (body.enrollmentToken === undefined)) {
        throw new AppError(
          "VALIDATION_FAILED",
          "Send either a connect key or an enrollment token.",
        );
      }
      if (parseDevicePublicKey(body.publicKey) === undefined) {
        throw new AppError(
          "VALIDATION_FAILED",
          "publicKey must be a P-256 key (SPKI DER).",
          "publicKey",
        );
      }
      let userId: string | null = null;
      if (body.connectKey !== undefined) {
        const used = await useConnectKey(db, body.connectKey, now);
        if (!used.ok) {
          throw await refuse(used.reason);
        }
        userId = used.userId;
      } else {
        const checked = await checkEnrollmentToken(db, body.enrollmentToken ?? "", now);
        if (!checked.ok) {
          throw await refuse(`token_${checked.reason}`);
        }
      }
      const enrolled = await enrollDevice(
        db,
        {
          userId,
          name: body.name,
          os: body.os,
          appVersion: body.appVersion,
          publicKey: body.publicKey,
          via: userId === null ? "enrollment_token" : "connect_key",
        },
        now,
      );
      if (!enrolled.ok) {
        throw await refuse("already_enrolled");
      }
      await recordAuditEvent(db, {
        event: "device.enrolled",
        at: now,
        actorId: userId,
        targetId: userId,
        origin: originOf(request),
        details: { deviceId: enrolled.device.id, os: body.os, via: enrolled.device.enrolled_via },
      });
      return { deviceId: enrolled.device.id };
    },
  );

  app.post(
    "/api/devices/challenge",
    {
      config: throttle,
      schema: { body: EmptyObject, response: { 200: DeviceChallenge, ...errors } },
    },
    async () => {
      const now = clock.now();
      const challenge = await issueDeviceChallenge(db, random, now);
      return { challenge, expiresAt: iso(now + deviceChallengeLifetimeMs) };
    },
  );

  app.post(
    "/api/devices/proof",
    {
      config: throttle,
      schema: { body: DeviceProofBody, response: { 200: EnrolledDevice, ...errors } },
    },
    async (request) => {
      const device = await checkDeviceProof(context, request.body, publicOrigin());
      return { deviceId: device.id };
    },
  );

  app.get(
    "/api/admin/devices",
    { preHandler: guards.requireAdmin, schema: { response: { 200: AdminDeviceList, ...errors } } },
    async () => ({
      devices: (await listAllDevices(db)).map((device) => ({
        ...deviceView(device),
        email: device.email,
        enrolledVia: device.enrolled_via,
        revokedAt: device.revoked_at === null ? null : iso(device.revoked_at),
      })),
    }),
  );

  app.post(
    "/api/admin/devices/:id/revoke",
    {
      preHandler: guards.requireAdmin,
      schema: {
        params: IdParams,
        body: EmptyObject,
        response: { 204: { type: "null" }, ...errors },
      },
    },
    async (request, reply) => {
      const now = clock.now();
      if (!(await revokeDevice(db, request.params.id, now))) {
        throw new AppError("DEVICE_NOT_FOUND", "No active device has that id.");
      }
      await recordAuditEvent(db, {
        event: "device.revoked",
        at: now,
        actorId: auth(request).user.id,
        origin: originOf(request),
        details: { deviceId: request.params.id },
      });
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/admin/enrollment-tokens",
    {
      preHandler: guards.requireAdmin,
      schema: {
        body: CreateEnrollmentTokenBody,
        response: { 200: EnrollmentTokenView, ...errors },
      },
    },
    async (request) => {
      const now = clock.now();
      const created = await createEnrollmentToken(db, random, { ...request.body, now });
      await recordAuditEvent(db, {
        event: "device.enrollment_token_created",
        at: now,
        actorId: auth(request).user.id,
        origin: originOf(request),
        details: { tokenId: created.id, label: request.body.label },
      });
      return { id: created.id, token: created.token, expiresAt: iso(created.expiresAt) };
    },
  );

  app.post(
    "/api/admin/enrollment-tokens/:id/revoke",
    {
      preHandler: guards.requireAdmin,
      schema: {
        params: IdParams,
        body: EmptyObject,
        response: { 204: { type: "null" }, ...errors },
      },
    },
    async (request, reply) => {
      const now = clock.now();
      if (!(await revokeEnrollmentToken(db, request.params.id, now))) {
        throw new AppError("NOT_FOUND", "No active enrollment token has that id.");
      }
      await recordAuditEvent(db, {
        event: "device.enrollment_token_revoked",
        at: now,
        actorId: auth(request).user.id,
        origin: originOf(request),
        details: { tokenId: request.params.id },
      });
      return reply.status(204).send(null);
    },
  );
}

function deviceView(device: Device) {
  return {
    id: device.id,
    name: device.name,
    os: device.os,
    appVersion: device.app_version,
    enrolledAt: iso(Number(device.enrolled_at)),
    lastSeenAt: iso(Number(device.last_seen_at)),
  };
}
