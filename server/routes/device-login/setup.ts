// Setting up device login on this device (server/device-login/passkey-setup.ts): the creation
// options, then the new passkey — after a verification in the last 5 minutes, and with a device
// proof where the policy wants managed devices.
import {
  finishPasskeySetup,
  startPasskeySetup,
  type PasskeySetup,
} from "../../device-login/passkey-setup.ts";
import { AppError } from "../../errors.ts";
import { changingFactors, sessionOf } from "../../plugins/authentication.ts";
import { EmptyObject } from "../../schemas/common.ts";
import { CeremonyOptions, PasskeyRegistrationBody, PasskeyView } from "../../schemas/devices.ts";
import { describeUserAgent } from "../../security/user-agent.ts";
import { errorReplies, type RouteModule } from "../route-module.ts";
import { deviceProofError } from "../shared/device-proof-error.ts";
import { originOf } from "../shared/request-origin.ts";
import { deviceLoginDisabled, passkeyView } from "./replies.ts";

export const passkeySetupRoutes: RouteModule = (app, context) => {
  app.post(
    "/api/device-login/registration/options",
    {
      config: { access: changingFactors },
      schema: { body: EmptyObject, response: { 200: CeremonyOptions, ...errorReplies } },
    },
    async (request) => {
      const options = await startPasskeySetup(context, sessionOf(request).user);
      if (options === undefined) {
        throw deviceLoginDisabled();
      }
      return { options };
    },
  );

  app.post(
    "/api/device-login/registration/verify",
    {
      config: { access: changingFactors },
      schema: { body: PasskeyRegistrationBody, response: { 200: PasskeyView, ...errorReplies } },
    },
    async (request) => {
      const name =
        request.body.name ?? describeUserAgent(request.headers["user-agent"] ?? null).label;
      const result = await finishPasskeySetup(context, {
        user: sessionOf(request).user,
        response: request.body.response,
        name,
        deviceProof: request.body.deviceProof,
        origin: originOf(request),
      });
      if (result.ok) {
        return passkeyView({
          id: result.passkeyId,
          name,
          device_id: result.deviceId,
          created_at: result.createdAt,
          last_used_at: null,
        });
      }
      throw setupError(result);
    },
  );
};

function setupError(result: Exclude<PasskeySetup, { ok: true }>): AppError {
  switch (result.reason) {
    case "disabled":
      return deviceLoginDisabled();
    case "proof_required":
      return new AppError(
        "DEVICE_PROOF_REQUIRED",
        "Device login can be set up only on an enrolled device.",
      );
    case "proof_invalid":
      return deviceProofError(result.failure);
    case "other_user":
      return new AppError("DEVICE_PROOF_INVALID", "This device is enrolled to someone else.");
    case "challenge_invalid":
      return new AppError("PASSKEY_CHALLENGE_INVALID", "That attempt expired. Try again.");
    case "response_invalid":
      return new AppError("PASSKEY_INVALID", "This device's authenticator could not be set up.");
  }
}
