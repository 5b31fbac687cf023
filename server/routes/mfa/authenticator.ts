// The authenticator app of the signed-in user (server/auth/mfa/mfa-settings.ts): start setup
// (QR code and secret), confirm it with a code, remove it. Each needs a recent verification;
// a user held at MFA enrollment may set one up.
import { renderSVG } from "uqr";
import {
  confirmAuthenticator,
  removeAuthenticator,
  startAuthenticatorSetup,
} from "../../auth/mfa/mfa-settings.ts";
import { AppError } from "../../errors.ts";
import { changingFactors, sessionOf } from "../../plugins/authentication.ts";
import { EmptyObject } from "../../schemas/common.ts";
import { ConfirmTotpBody, RecoveryCodes, TotpSetup } from "../../schemas/mfa.ts";
import { errorReplies, noContent, type RouteModule } from "../route-module.ts";
import { secondFactorError } from "../shared/account-errors.ts";
import { originOf } from "../shared/request-origin.ts";

export const authenticatorRoutes: RouteModule = (app, context) => {
  const config = { access: changingFactors };

  app.post(
    "/api/me/mfa/totp/setup",
    { config, schema: { body: EmptyObject, response: { 200: TotpSetup, ...errorReplies } } },
    async (request) => {
      const { secret, uri } = await startAuthenticatorSetup(context, sessionOf(request).user);
      return { uri, secret, qrCode: qrCodeOf(uri) };
    },
  );

  app.post(
    "/api/me/mfa/totp/confirm",
    {
      config,
      schema: { body: ConfirmTotpBody, response: { 200: RecoveryCodes, ...errorReplies } },
    },
    async (request) => {
      const result = await confirmAuthenticator(context, {
        auth: sessionOf(request),
        code: request.body.code,
        origin: originOf(request),
      });
      if (result.ok) {
        return { codes: result.recoveryCodes };
      }
      if (result.reason === "not_started") {
        throw new AppError(
          "MFA_SETUP_NOT_STARTED",
          "Start the setup again: scan the new QR code, then enter its code.",
        );
      }
      throw secondFactorError({ ok: false, reason: result.reason });
    },
  );

  app.delete(
    "/api/me/mfa/totp",
    { config, schema: { body: EmptyObject, response: { 204: noContent, ...errorReplies } } },
    async (request, reply) => {
      const result = await removeAuthenticator(context, {
        auth: sessionOf(request),
        origin: originOf(request),
      });
      if (result.ok) {
        return reply.status(204).send(null);
      }
      throw result.reason === "required_by_policy"
        ? new AppError(
            "MFA_REQUIRED_BY_POLICY",
            "Your organization requires multi-factor authentication. You can replace your authenticator app, but not remove it.",
          )
        : new AppError("MFA_NOT_ENABLED", "No authenticator app is set up.");
    },
  );
};

/** The otpauth URI as a QR code image, drawn here: no QR library in the portal's bundle. */
function qrCodeOf(uri: string): string {
  const svg = renderSVG(uri, { border: 2, ecc: "M" });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}
