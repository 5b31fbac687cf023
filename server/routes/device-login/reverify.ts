// Re-verification with the device's authenticator alone (docs/design.md §5): a session past its 12
// h or idle check is verified again by a passkey assertion bound to that session.
import type { FastifyTypeboxInstance } from "../fastify-typebox.ts";
import { recordAuditEvent } from "../../audit/audit-log.ts";
import { markSessionVerified } from "../../auth/session.ts";
import type { AppContext } from "../../context.ts";
import { AppError } from "../../errors.ts";
import type { Guards } from "../../plugins/authentication.ts";
import { EmptyObject } from "../../schemas/common.ts";
import { CeremonyOptions, PasskeyReverifyBody } from "../../schemas/devices.ts";
import {
  startPasskeyAssertion,
  verifyPasskeyAssertion,
} from "../../webauthn/passkey-authentication.ts";
import { listUserPasskeys } from "../../webauthn/passkey-store.ts";
import { originOf } from "../request-origin.ts";
import type { DeviceLoginHelpers } from "./helpers.ts";

export function passkeyReverifyRoutes(
  app: FastifyTypeboxInstance,
  context: AppContext,
  guards: Guards,
  { errors, throttle, ceremony, requireEnabled, refuse }: DeviceLoginHelpers,
): void {
  const { db, clock } = context;

  app.post(
    "/api/device-login/reverify/options",
    {
      config: throttle,
      schema: { body: EmptyObject, response: { 200: CeremonyOptions, ...errors } },
    },
    async (request) => {
      const check = await guards.checkSession(request);
      if (check.status === "invalid") {
        throw new AppError("AUTH_REQUIRED", "Sign in to continue.");
      }
      await requireEnabled();
      const passkeys = await listUserPasskeys(db, check.auth.user.id);
      if (passkeys.length === 0) {
        throw new AppError("PASSKEY_NOT_FOUND", "Set up device login first.");
      }
      const options = await startPasskeyAssertion(ceremony(), {
        purpose: "reverify",
        userId: check.auth.user.id,
        sessionId: check.auth.session.id,
        allow: passkeys,
      });
      return { options };
    },
  );

  app.post(
    "/api/device-login/reverify/verify",
    {
      config: throttle,
      schema: { body: PasskeyReverifyBody, response: { 204: { type: "null" }, ...errors } },
    },
    async (request, reply) => {
      const check = await guards.checkSession(request);
      if (check.status === "invalid") {
        throw new AppError("AUTH_REQUIRED", "Sign in to continue.");
      }
      await requireEnabled();
      const { user, session } = check.auth;
      const result = await verifyPasskeyAssertion(ceremony(), {
        response: request.body.response,
        purpose: "reverify",
        sessionUserId: user.id,
      });
      if (!result.ok) {
        throw await refuse(request, result);
      }
      const now = clock.now();
      await markSessionVerified(db, session.id, now);
      await recordAuditEvent(db, {
        event: "session.reverified",
        at: now,
        actorId: user.id,
        targetId: user.id,
        targetEmail: user.email,
        origin: originOf(request),
        details: { method: "passkey" },
      });
      return reply.status(204).send(null);
    },
  );
}
