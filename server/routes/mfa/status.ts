// The signed-in user's MFA at a glance (GET /api/me/mfa), new recovery codes (POST
// /api/me/mfa/recovery-codes, with a recent verification) and skipping enrollment within the
// grace period (POST /api/me/mfa/skip-enrollment).
import {
  describeMfa,
  regenerateRecoveryCodes,
  skipEnrollment,
} from "../../auth/mfa/mfa-settings.ts";
import { AppError } from "../../errors.ts";
import { changingFactors, sessionOf } from "../../plugins/authentication.ts";
import { EmptyObject } from "../../schemas/common.ts";
import { MfaStatus, RecoveryCodes } from "../../schemas/mfa.ts";
import { errorReplies, noContent, type RouteModule } from "../route-module.ts";
import { originOf } from "../shared/request-origin.ts";

const iso = (time: number | null) => (time === null ? null : new Date(time).toISOString());

export const mfaStatusRoutes: RouteModule = (app, context) => {
  const heldAtEnrollment = { access: { session: "mfa-setup" as const } };

  app.get(
    "/api/me/mfa",
    { config: heldAtEnrollment, schema: { response: { 200: MfaStatus, ...errorReplies } } },
    async (request) => {
      const mfa = await describeMfa(context, sessionOf(request));
      return {
        totp: mfa.enabledAt === null ? null : { enabledAt: new Date(mfa.enabledAt).toISOString() },
        recoveryCodesLeft: mfa.recoveryCodesLeft,
        required: mfa.required,
        enrollBy: iso(mfa.enrollBy),
      };
    },
  );

  app.post(
    "/api/me/mfa/recovery-codes",
    {
      config: { access: changingFactors },
      schema: { body: EmptyObject, response: { 200: RecoveryCodes, ...errorReplies } },
    },
    async (request) => {
      const result = await regenerateRecoveryCodes(context, {
        auth: sessionOf(request),
        origin: originOf(request),
      });
      if (!result.ok) {
        throw new AppError("MFA_NOT_ENABLED", "Set up an authenticator app first.");
      }
      return { codes: result.codes };
    },
  );

  app.post(
    "/api/me/mfa/skip-enrollment",
    {
      config: heldAtEnrollment,
      schema: { body: EmptyObject, response: { 204: noContent, ...errorReplies } },
    },
    async (request, reply) => {
      if (
        !(await skipEnrollment(context, { auth: sessionOf(request), origin: originOf(request) })).ok
      ) {
        throw new AppError(
          "MFA_ENROLLMENT_REQUIRED",
          "The grace period is over: set up an authenticator app to continue.",
        );
      }
      return reply.status(204).send(null);
    },
  );
};
