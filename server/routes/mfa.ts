// The signed-in user's MFA (PRODUCT.md §2 Security): GET /api/me/mfa, authenticator setup and
// confirmation (/api/me/mfa/totp/setup, /confirm), removal (DELETE /api/me/mfa/totp), new
// recovery codes (/api/me/mfa/recovery-codes) and skipping enrollment within the grace period.
// Every change needs a recent verification and is audited; other sessions end on a change.
import type { FastifyRequest } from "fastify";
import { renderSVG } from "uqr";
import type { FastifyTypeboxInstance } from "../app.ts";
import { recordAuditEvent, type AuditEventName } from "../audit/audit-log.ts";
import { mustEnrollNow } from "../auth/mfa/enrollment-deadline.ts";
import {
  countRecoveryCodesLeft,
  removeRecoveryCodes,
  replaceRecoveryCodes,
} from "../auth/mfa/recovery-code-store.ts";
import {
  confirmTotpSetup,
  findTotpFactor,
  removeTotp,
  startTotpSetup,
} from "../auth/mfa/totp-factor.ts";
import { invalidateUserSessions, type ValidSession } from "../auth/session.ts";
import type { ServerContext } from "../context.ts";
import { AppError } from "../errors.ts";
import type { Mailer } from "../mail/mailer.ts";
import type { Guards } from "../plugins/authentication.ts";
import { EmptyObject, ErrorResponse } from "../schemas/common.ts";
import { ConfirmTotpBody, MfaStatus, RecoveryCodes, TotpSetup } from "../schemas/mfa.ts";
import type { User } from "../storage/schema.ts";
import { originOf } from "./auth.ts";
import { composeMail, factorChangedMail } from "../mail/mail-messages.ts";
import { textFor } from "../policies/language.ts";
import { secondFactorError } from "./second-factor-error.ts";

export function mfaRoutes(
  app: FastifyTypeboxInstance,
  context: ServerContext,
  guards: Guards,
  mailer: Mailer,
): void {
  const { db, clock } = context;
  const auth = (request: FastifyRequest) => request.auth as ValidSession;
  const errors = { "4xx": ErrorResponse };
  const audit = async (request: FastifyRequest, event: AuditEventName) => {
    const { user } = auth(request);
    await recordAuditEvent(db, {
      event,
      at: clock.now(),
      actorId: user.id,
      targetId: user.id,
      targetEmail: user.email,
      origin: originOf(request),
    });
  };

  app.get(
    "/api/me/mfa",
    {
      preHandler: guards.requireSessionForMfaSetup,
      schema: { response: { 200: MfaStatus, ...errors } },
    },
    async (request) => {
      const { user, session, policies } = auth(request);
      const factor = await findTotpFactor(db, user.id);
      return {
        totp:
          factor === undefined
            ? null
            : { enabledAt: new Date(factor.confirmed_at ?? factor.created_at).toISOString() },
        recoveryCodesLeft: factor === undefined ? 0 : await countRecoveryCodesLeft(db, user.id),
        required: policies.mfa.mode === "required",
        enrollBy:
          session.mfa_enroll_by === null ? null : new Date(session.mfa_enroll_by).toISOString(),
      };
    },
  );

  app.post(
    "/api/me/mfa/totp/setup",
    {
      preHandler: guards.requireRecentVerification,
      schema: { body: EmptyObject, response: { 200: TotpSetup, ...errors } },
    },
    async (request) => {
      const { user } = auth(request);
      const { secret, uri } = await startTotpSetup(context, user, await issuerFor(user));
      // Rendered here, not in the browser: no QR library in the portal's bundle.
      const svg = renderSVG(uri, { border: 2, ecc: "M" });
      return {
        uri,
        secret,
        qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`,
      };
    },
  );

  app.post(
    "/api/me/mfa/totp/confirm",
    {
      preHandler: guards.requireRecentVerification,
      schema: { body: ConfirmTotpBody, response: { 200: RecoveryCodes, ...errors } },
    },
    async (request) => {
      const { user, session } = auth(request);
      const confirmed = await confirmTotpSetup(context, user.id, request.body.code);
      if (!confirmed.ok) {
        if (confirmed.reason === "not_started") {
          throw new AppError(
            "MFA_SETUP_NOT_STARTED",
            "Start the setup again: scan the new QR code, then enter its code.",
          );
        }
        await recordAuditEvent(db, {
          event: "mfa.failed",
          at: clock.now(),
          reason: `totp_${confirmed.reason}`,
          actorId: user.id,
          targetId: user.id,
          targetEmail: user.email,
          origin: originOf(request),
          details: { purpose: "setup" },
        });
        throw secondFactorError({ ok: false, reason: confirmed.reason });
      }
      // DESIGN.md §5: a factor change ends the other sessions; this one is done enrolling.
      await invalidateUserSessions(db, user.id, session.id);
      await db
        .updateTable("sessions")
        .set({ mfa_enroll_by: null })
        .where("id", "=", session.id)
        .execute();
      await audit(request, confirmed.replaced ? "mfa.totp_replaced" : "mfa.totp_enabled");
      await mailer.send(await factorMail(user, confirmed.replaced ? "replaced" : "set_up"));
      if (confirmed.replaced && (await countRecoveryCodesLeft(db, user.id)) > 0) {
        return { codes: [] }; // the existing recovery codes stay valid
      }
      const codes = await replaceRecoveryCodes(
        { db, random: context.random, now: clock.now() },
        user.id,
      );
      await audit(request, "mfa.recovery_codes_generated");
      return { codes };
    },
  );

  app.delete(
    "/api/me/mfa/totp",
    {
      preHandler: guards.requireRecentVerification,
      schema: { body: EmptyObject, response: { 204: { type: "null" }, ...errors } },
    },
    async (request, reply) => {
      const { user, session, policies } = auth(request);
      if (policies.mfa.mode === "required") {
        throw new AppError(
          "MFA_REQUIRED_BY_POLICY",
          "Your organization requires multi-factor authentication. You can replace your authenticator app, but not remove it.",
        );
      }
      if (!(await removeTotp(db, user.id))) {
        throw new AppError("MFA_NOT_ENABLED", "No authenticator app is set up.");
      }
      await removeRecoveryCodes(db, user.id);
      await invalidateUserSessions(db, user.id, session.id);
      await audit(request, "mfa.totp_removed");
      await mailer.send(await factorMail(user, "removed"));
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/me/mfa/recovery-codes",
    {
      preHandler: guards.requireRecentVerification,
      schema: { body: EmptyObject, response: { 200: RecoveryCodes, ...errors } },
    },
    async (request) => {
      const { user } = auth(request);
      if ((await findTotpFactor(db, user.id)) === undefined) {
        throw new AppError("MFA_NOT_ENABLED", "Set up an authenticator app first.");
      }
      const codes = await replaceRecoveryCodes(
        { db, random: context.random, now: clock.now() },
        user.id,
      );
      await audit(request, "mfa.recovery_codes_generated");
      return { codes };
    },
  );

  app.post(
    "/api/me/mfa/skip-enrollment",
    {
      preHandler: guards.requireSessionForMfaSetup,
      schema: { body: EmptyObject, response: { 204: { type: "null" }, ...errors } },
    },
    async (request, reply) => {
      const { session } = auth(request);
      if (mustEnrollNow(session, clock.now())) {
        throw new AppError(
          "MFA_ENROLLMENT_REQUIRED",
          "The grace period is over: set up an authenticator app to continue.",
        );
      }
      await audit(request, "mfa.enrollment_skipped");
      return reply.status(204).send(null);
    },
  );

  async function factorMail(user: User, change: "set_up" | "replaced" | "removed") {
    return composeMail(await textFor(db, user), factorChangedMail, user.email, {
      name: user.first_name,
      change,
    });
  }

  async function issuerFor(user: User): Promise<string> {
    const organization = await db
      .selectFrom("organizations")
      .select("name")
      .where("id", "=", user.organization_id)
      .executeTakeFirst();
    return organization?.name ?? "Gatehouse";
  }
}
