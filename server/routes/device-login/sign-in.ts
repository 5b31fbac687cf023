// Device login on the login page (server/device-login/passkey-sign-in.ts): whether the
// organization allows it (GET /api/device-login/policy), the assertion options, and the one-step
// sign-in with a platform passkey, which starts a new session.
import {
  signInWithPasskey,
  startPasskeySignIn,
  type PasskeySignIn,
} from "../../device-login/passkey-sign-in.ts";
import { AppError } from "../../errors.ts";
import { readPolicy } from "../../policies/policy-store.ts";
import { signInRateLimit } from "../../plugins/rate-limit.ts";
import { EmptyObject } from "../../schemas/common.ts";
import {
  CeremonyOptions,
  DeviceLoginNext,
  DeviceLoginPolicyView,
  PasskeySignInBody,
} from "../../schemas/devices.ts";
import { errorReplies, type RouteModule } from "../route-module.ts";
import { deviceProofError } from "../shared/device-proof-error.ts";
import { originOf } from "../shared/request-origin.ts";
import { deviceLoginDisabled, refusedAssertionError } from "./replies.ts";

export const deviceSignInRoutes: RouteModule = (app, context) => {
  const { db, cookies, clock } = context;
  const config = signInRateLimit(context.config.signInRateLimitPerMinute);

  app.get(
    "/api/device-login/policy",
    { schema: { response: { 200: DeviceLoginPolicyView, ...errorReplies } } },
    async () => ({
      mode: (await readPolicy(db, "deviceLogin")).mode,
    }),
  );

  // Not throttled, like the policy above: the options take no guess, send no mail and write
  // nothing (their challenge is sealed, not stored: server/webauthn/challenge-seal.ts). The
  // verify, which takes the guess, is throttled.
  app.post(
    "/api/device-login/options",
    { schema: { body: EmptyObject, response: { 200: CeremonyOptions, ...errorReplies } } },
    async () => {
      const options = await startPasskeySignIn(context);
      if (options === undefined) {
        throw deviceLoginDisabled();
      }
      return { options };
    },
  );

  app.post(
    "/api/device-login/verify",
    {
      config,
      schema: { body: PasskeySignInBody, response: { 200: DeviceLoginNext, ...errorReplies } },
    },
    async (request, reply) => {
      const result = await signInWithPasskey(context, {
        ...request.body,
        origin: originOf(request),
      });
      if (!result.ok) {
        throw signInError(result);
      }
      reply.clearCookie(cookies.names.loginFlow, { path: "/" });
      const lifetimeSeconds = Math.floor((result.session.expires_at - clock.now()) / 1000);
      reply.setCookie(cookies.names.session, result.token, cookies.options(lifetimeSeconds));
      return {
        next:
          result.user.must_change_password === 1 ? ("change_password" as const) : ("done" as const),
      };
    },
  );
};

function signInError(result: Exclude<PasskeySignIn, { ok: true }>): AppError {
  switch (result.reason) {
    case "disabled":
      return deviceLoginDisabled();
    case "proof_required":
      return new AppError("DEVICE_PROOF_REQUIRED", "Device login works only on enrolled devices.");
    case "proof_invalid":
      return deviceProofError(result.failure);
    case "other_device":
      return new AppError("DEVICE_PROOF_INVALID", "This passkey belongs to another device.");
    default:
      return refusedAssertionError(result);
  }
}
