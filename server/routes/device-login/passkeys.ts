// The user's own device logins: their status (mode, passkeys, verification timing), setting one
// up after a recent full verification (with a device proof where the policy wants managed
// devices), and removing one.
import type { FastifyRequest } from "fastify";
import type { FastifyTypeboxInstance } from "../fastify-typebox.ts";
import { recordAuditEvent } from "../../audit/audit-log.ts";
import { reverificationDueAt, type ValidSession } from "../../auth/session.ts";
import type { AppContext } from "../../context.ts";
import { AppError } from "../../errors.ts";
import type { Guards } from "../../plugins/authentication.ts";
import { readAllPolicies } from "../../policies/policy-store.ts";
import { EmptyObject } from "../../schemas/common.ts";
import {
  CeremonyOptions,
  DeviceLoginStatus,
  PasskeyRegistrationBody,
  PasskeyView,
} from "../../schemas/devices.ts";
import { IdParams } from "../../schemas/security.ts";
import { describeUserAgent } from "../../security/user-agent.ts";
import {
  finishPasskeyRegistration,
  startPasskeyRegistration,
} from "../../webauthn/passkey-registration.ts";
import { listUserPasskeys, removeUserPasskey } from "../../webauthn/passkey-store.ts";
import { originOf } from "../request-origin.ts";
import { checkDeviceProof } from "../device-proof-check.ts";
import { iso, passkeyView, type DeviceLoginHelpers } from "./helpers.ts";

export function passkeyRoutes(
  app: FastifyTypeboxInstance,
  context: AppContext,
  guards: Guards,
  { errors, ceremony, requireEnabled }: DeviceLoginHelpers,
): void {
  const { db, clock } = context;
  const auth = (request: FastifyRequest) => request.auth as ValidSession;

  app.get(
    "/api/me/device-login",
    {
      preHandler: guards.requireSession,
      schema: { response: { 200: DeviceLoginStatus, ...errors } },
    },
    async (request) => {
      const { user, session } = auth(request);
      const policies = await readAllPolicies(db);
      return {
        mode: policies.deviceLogin.mode,
        passkeys: (await listUserPasskeys(db, user.id)).map(passkeyView),
        verifiedAt: iso(session.verified_at),
        reverifyAt: iso(reverificationDueAt(session, policies.session)),
      };
    },
  );

  app.post(
    "/api/device-login/registration/options",
    {
      preHandler: guards.requireRecentVerification,
      schema: { body: EmptyObject, response: { 200: CeremonyOptions, ...errors } },
    },
    async (request) => {
      await requireEnabled();
      return { options: await startPasskeyRegistration(ceremony(), auth(request).user) };
    },
  );

  app.post(
    "/api/device-login/registration/verify",
    {
      preHandler: guards.requireRecentVerification,
      schema: { body: PasskeyRegistrationBody, response: { 200: PasskeyView, ...errors } },
    },
    async (request) => {
      const policy = await requireEnabled();
      const { user } = auth(request);
      let deviceId: string | null = null;
      if (request.body.deviceProof !== undefined || policy.mode === "managed") {
        if (request.body.deviceProof === undefined) {
          throw new AppError(
            "DEVICE_PROOF_REQUIRED",
            "Device login can be set up only on an enrolled device.",
          );
        }
        const device = await checkDeviceProof(
          context,
          request.body.deviceProof,
          context.site.origin,
        );
        if (device.user_id !== null && device.user_id !== user.id) {
          throw new AppError("DEVICE_PROOF_INVALID", "This device is enrolled to someone else.");
        }
        deviceId = device.id;
      }
      const name =
        request.body.name ?? describeUserAgent(request.headers["user-agent"] ?? null).label;
      const result = await finishPasskeyRegistration(ceremony(), {
        user,
        response: request.body.response,
        name,
        deviceId,
      });
      if (!result.ok) {
        throw result.reason === "challenge_invalid"
          ? new AppError("PASSKEY_CHALLENGE_INVALID", "That attempt expired. Try again.")
          : new AppError("PASSKEY_INVALID", "This device's authenticator could not be set up.");
      }
      const now = clock.now();
      await recordAuditEvent(db, {
        event: "passkey.registered",
        at: now,
        actorId: user.id,
        targetId: user.id,
        targetEmail: user.email,
        origin: originOf(request),
        details: { name },
      });
      return passkeyView({
        id: result.passkeyId,
        name,
        device_id: deviceId,
        created_at: now,
        last_used_at: null,
      });
    },
  );

  app.delete(
    "/api/me/passkeys/:id",
    {
      // Removing a device login changes how the user signs in: it needs a recent verification.
      preHandler: [guards.requireSession, guards.requireRecentVerification],
      schema: { params: IdParams, response: { 204: { type: "null" }, ...errors } },
    },
    async (request, reply) => {
      const { user } = auth(request);
      if (!(await removeUserPasskey(db, user.id, request.params.id))) {
        throw new AppError("PASSKEY_NOT_FOUND", "That device login is not set up on your account.");
      }
      await recordAuditEvent(db, {
        event: "passkey.removed",
        at: clock.now(),
        actorId: user.id,
        targetId: user.id,
        targetEmail: user.email,
        origin: originOf(request),
      });
      return reply.status(204).send(null);
    },
  );
}
