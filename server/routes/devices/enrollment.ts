// The desktop app's side of device enrollment (docs/design.md §5), throttled per address:
// POST /api/devices/enroll (a public key with a connect key or an enrollment token),
// /api/devices/challenge and /api/devices/proof (the device signs the challenge with its key).
import {
  deviceChallengeLifetimeMs,
  issueDeviceChallenge,
  verifyDeviceProof,
} from "../../devices/device-proof.ts";
import { enrollWithCredential, type Enrollment } from "../../devices/device-enrollment.ts";
import { AppError } from "../../errors.ts";
import { signInRateLimit } from "../../plugins/rate-limit.ts";
import { EmptyObject } from "../../schemas/common.ts";
import {
  DeviceChallenge,
  DeviceProofBody,
  EnrollDeviceBody,
  EnrolledDevice,
} from "../../schemas/devices.ts";
import { errorReplies, type RouteModule } from "../route-module.ts";
import { deviceProofError } from "../shared/device-proof-error.ts";
import { originOf } from "../shared/request-origin.ts";

export const deviceEnrollmentRoutes: RouteModule = (app, context) => {
  const { clock } = context;
  const config = signInRateLimit(context.config.signInRateLimitPerMinute);

  app.post(
    "/api/devices/enroll",
    {
      config,
      schema: { body: EnrollDeviceBody, response: { 200: EnrolledDevice, ...errorReplies } },
    },
    async (request) => {
      const result = await enrollWithCredential(context, request.body, originOf(request));
      if (result.ok) {
        return { deviceId: result.deviceId };
      }
      throw enrollmentError(result);
    },
  );

  app.post(
    "/api/devices/challenge",
    { config, schema: { body: EmptyObject, response: { 200: DeviceChallenge, ...errorReplies } } },
    async () => {
      const now = clock.now();
      const challenge = await issueDeviceChallenge(context, now);
      return { challenge, expiresAt: new Date(now + deviceChallengeLifetimeMs).toISOString() };
    },
  );

  app.post(
    "/api/devices/proof",
    {
      config,
      schema: { body: DeviceProofBody, response: { 200: EnrolledDevice, ...errorReplies } },
    },
    async (request) => {
      const proof = await verifyDeviceProof(context, request.body, {
        origin: context.site.origin,
        now: clock.now(),
      });
      if (!proof.ok) {
        throw deviceProofError(proof.reason);
      }
      return { deviceId: proof.device.id };
    },
  );
};

function enrollmentError(result: Exclude<Enrollment, { ok: true }>): AppError {
  switch (result.reason) {
    case "one_credential":
      return new AppError("VALIDATION_FAILED", "Send either a connect key or an enrollment token.");
    case "public_key":
      return new AppError(
        "VALIDATION_FAILED",
        "publicKey must be a P-256 key (SPKI DER).",
        "publicKey",
      );
    case "refused":
      return new AppError(
        "CONNECT_KEY_INVALID",
        result.expired
          ? "That connect key has expired. Generate a new one in Security."
          : "That connect key is not valid. Generate a new one in Security.",
        undefined,
        { reason: result.expired ? "expired" : "invalid" },
      );
  }
}
