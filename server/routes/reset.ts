// Forgot password (PRODUCT.md §1): POST /api/auth/forgot-password mails a one-hour, single-use
// link; POST /api/auth/reset-password sets the new password with it — for a user with MFA only
// together with a current code or a recovery code. The first answers the same whether or not the
// address has an account.
import type { FastifyTypeboxInstance } from "../app.ts";
import { recordAuditEvent } from "../audit/audit-log.ts";
import { lockState } from "../auth/lockout.ts";
import { checkSecondFactor } from "../auth/mfa/second-factor.ts";
import type { ServerContext } from "../context.ts";
import { AppError } from "../errors.ts";
import type { Mailer } from "../mail/mailer.ts";
import { judgeNewPassword, storeNewPassword } from "../passwords/replace-password.ts";
import { secondFactorForReset } from "../passwords/reset-second-factor.ts";
import {
  consumeResetToken,
  findResetTokenUser,
  issueResetToken,
} from "../passwords/reset-tokens.ts";
import { signInRateLimit } from "../plugins/rate-limit.ts";
import { readPolicy } from "../policies/policy-store.ts";
import { ErrorResponse } from "../schemas/common.ts";
import {
  ForgotPasswordAnswer,
  ForgotPasswordBody,
  ResetLinkCheckAnswer,
  ResetLinkCheckBody,
  ResetPasswordBody,
} from "../schemas/reset.ts";
import { findUserByEmail, normalizeEmail } from "../storage/users.ts";
import { originOf, refuseOversizePassword } from "./auth.ts";
import { lockedError } from "./locked-error.ts";
import { throwUnlessReplaced } from "./password.ts";
import { composeMail, passwordResetNoticeMail, resetMail } from "../mail/mail-messages.ts";
import { textFor } from "../policies/language.ts";
import { secondFactorError } from "./second-factor-error.ts";

/** Per address: at most this many reset mails in resetWindowMs, across all instances. */
const resetsPerAddress = 3;
const resetWindowMs = 15 * 60 * 1000;

const sameAnswer = {
  message:
    "If that address belongs to an account, we sent it a link to reset the password. The link works for one hour.",
};

export function resetRoutes(
  app: FastifyTypeboxInstance,
  context: ServerContext,
  mailer: Mailer,
  baseUrl: () => string,
): void {
  const { db, clock } = context;

  app.post(
    "/api/auth/forgot-password",
    {
      config: signInRateLimit(context.config.signInRateLimitPerMinute),
      schema: {
        body: ForgotPasswordBody,
        response: { 202: ForgotPasswordAnswer, "4xx": ErrorResponse },
      },
    },
    async (request, reply) => {
      const email = normalizeEmail(request.body.email);
      const now = clock.now();
      const user = await findUserByEmail(db, email);
      const recent = await db
        .selectFrom("audit_events")
        .select((eb) => eb.fn.countAll<number>().as("count"))
        .where("event", "=", "password.reset_requested")
        .where("target_email", "=", email)
        .where("at", ">", now - resetWindowMs)
        .executeTakeFirstOrThrow();
      const throttled = Number(recent.count) >= resetsPerAddress;
      await recordAuditEvent(db, {
        event: "password.reset_requested",
        at: now,
        ...(throttled
          ? { reason: "throttled" }
          : user === undefined
            ? { reason: "unknown_account" }
            : {}),
        targetId: user?.id ?? null,
        targetEmail: email,
        origin: originOf(request),
      });
      if (!throttled && user !== undefined && user.status === "active") {
        const token = await issueResetToken(context, user.id);
        // The link comes from the configured public URL, never from Host or X-Forwarded-Host,
        // which an attacker could set to receive the token (password-reset poisoning).
        const link = `${baseUrl()}/reset-password#token=${encodeURIComponent(token)}`;
        // A relay's latency must not tell an observer that this address has an account.
        const text = await textFor(db, user);
        await mailer.sendInBackground(
          composeMail(text, resetMail, user.email, { name: user.first_name, link }),
        );
      }
      return reply.status(202).send(sameAnswer);
    },
  );

  // The page checks its link when it opens, so a used, expired or bogus link says so before the
  // user types a new password twice. Does not consume the link.
  app.post(
    "/api/auth/reset-password/check",
    {
      config: signInRateLimit(context.config.signInRateLimitPerMinute),
      schema: {
        body: ResetLinkCheckBody,
        response: { 200: ResetLinkCheckAnswer, "4xx": ErrorResponse },
      },
    },
    async (request) => {
      if ((await findResetTokenUser(context, request.body.token)) === undefined) {
        throw invalidLink();
      }
      return { valid: true as const };
    },
  );

  app.post(
    "/api/auth/reset-password",
    {
      config: signInRateLimit(context.config.signInRateLimitPerMinute),
      schema: {
        body: ResetPasswordBody,
        response: { 204: { type: "null" }, "4xx": ErrorResponse },
      },
    },
    async (request, reply) => {
      const { token, newPassword } = request.body;
      refuseOversizePassword(newPassword, "newPassword");
      const invalid = invalidLink();
      const user = await findResetTokenUser(context, token);
      if (user === undefined) {
        throw invalid;
      }
      const now = clock.now();
      const lock = lockState(user, now);
      if (lock.locked) {
        throw lockedError(lock.until, lock.reason);
      }
      // Policy first, so a rejected password does not spend the user's code.
      throwUnlessReplaced(await judgeNewPassword(db, user, newPassword), "newPassword");
      if ((await secondFactorForReset(db, user)).required) {
        if (request.body.code === undefined) {
          throw new AppError(
            "MFA_REQUIRED",
            "Your account uses an authenticator app. Enter its 6-digit code, or a recovery code, to finish the reset.",
            "code",
          );
        }
        const second = await checkSecondFactor(
          { ...context, mailer },
          {
            userId: user.id,
            code: request.body.code,
            lockout: await readPolicy(db, "lockout"),
            purpose: "password_reset",
            origin: originOf(request),
          },
        );
        if (!second.ok) {
          throw secondFactorError(second);
        }
      }
      if ((await consumeResetToken(context, token)) !== user.id) {
        throw invalid; // another request used the link first
      }
      await storeNewPassword({ db, now }, user, newPassword, {
        event: "password.reset",
        origin: originOf(request),
      });
      await mailer.send(
        composeMail(await textFor(db, user), passwordResetNoticeMail, user.email, {
          name: user.first_name,
        }),
      );
      return reply.status(204).send(null);
    },
  );
}

function invalidLink(): AppError {
  return new AppError(
    "RESET_LINK_INVALID",
    "This reset link has expired or was already used. Ask for a new one.",
  );
}
