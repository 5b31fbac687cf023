// Device login itself: whether the organization allows it, and the one-step sign-in with a
// platform passkey, which counts as MFA and starts a new session (WebAuthn §7.2).
import type { FastifyTypeboxInstance } from "../fastify-typebox.ts";
import { recordAuditEvent } from "../../audit/audit-log.ts";
import { clearFailedAttempts } from "../../auth/lockout.ts";
import { createSession } from "../../auth/session.ts";
import type { AppContext } from "../../context.ts";
import { AppError } from "../../errors.ts";
import { readPolicy } from "../../policies/policy-store.ts";
import { EmptyObject } from "../../schemas/common.ts";
import {
  CeremonyOptions,
  DeviceLoginNext,
  DeviceLoginPolicyView,
  PasskeySignInBody,
} from "../../schemas/devices.ts";
import {
  startPasskeyAssertion,
  verifyPasskeyAssertion,
} from "../../webauthn/passkey-authentication.ts";
import { originOf } from "../request-origin.ts";
import { checkDeviceProof } from "../device-proof-check.ts";
import { lockedError } from "../locked-error.ts";
import type { DeviceLoginHelpers } from "./helpers.ts";

export function deviceSignInRoutes(
  app: FastifyTypeboxInstance,
  context: AppContext,
  { errors, throttle, ceremony, requireEnabled, refuse }: DeviceLoginHelpers,
): void {
  const { db, clock } = context;
  const { names } = context.cookies;

  app.get(
    "/api/device-login/policy",
    { schema: { response: { 200: DeviceLoginPolicyView } } },
    async () => ({ mode: (await readPolicy(db, "deviceLogin")).mode }),
  );

  app.post(
    "/api/device-login/options",
    {
      config: throttle,
      schema: { body: EmptyObject, response: { 200: CeremonyOptions, ...errors } },
    },
    async () => {
      await requireEnabled();
      const options = await startPasskeyAssertion(ceremony(), {
        purpose: "authentication",
        userId: null,
        sessionId: null,
      });
      return { options };
    },
  );

  app.post(
    "/api/device-login/verify",
    {
      config: throttle,
      schema: { body: PasskeySignInBody, response: { 200: DeviceLoginNext, ...errors } },
    },
    async (request, reply) => {
      const policy = await requireEnabled();
      const result = await verifyPasskeyAssertion(ceremony(), {
        response: request.body.response,
        purpose: "authentication",
      });
      if (!result.ok) {
        throw await refuse(request, result);
      }
      if (policy.mode === "managed") {
        // Managed devices only: the passkey must be bound to an enrolled device that proves it.
        const proof = request.body.deviceProof;
        if (proof === undefined || result.passkey.device_id === null) {
          throw new AppError(
            "DEVICE_PROOF_REQUIRED",
            "Device login works only on enrolled devices.",
          );
        }
        const device = await checkDeviceProof(context, proof, context.site.origin);
        if (device.id !== result.passkey.device_id) {
          throw new AppError("DEVICE_PROOF_INVALID", "This passkey belongs to another device.");
        }
      }
      const now = clock.now();
      if (!(await clearFailedAttempts(db, result.user.id, now))) {
        throw lockedError(null);
      }
      const origin = originOf(request);
      const { token, session } = await createSession(context, result.user.id, origin);
      await recordAuditEvent(db, {
        event: "sign_in.succeeded",
        at: now,
        actorId: result.user.id,
        targetId: result.user.id,
        targetEmail: result.user.email,
        origin,
        details: { portal: "user", method: "passkey" },
      });
      reply.clearCookie(names.loginFlow, { path: "/" });
      const lifetimeSeconds = Math.floor((session.expires_at - now) / 1000);
      reply.setCookie(names.session, token, context.cookies.options(lifetimeSeconds));
      return {
        next:
          result.user.must_change_password === 1 ? ("change_password" as const) : ("done" as const),
      };
    },
  );
}
