// The password policy checklist (GET /api/password-policy, POST /api/password-policy/check) and
// the signed-in password change (POST /api/me/password).
import type { FastifyRequest } from "fastify";
import type { FastifyTypeboxInstance } from "./fastify-typebox.ts";
import { hasActiveTotp } from "../auth/mfa/totp-factor.ts";
import { checkPasswordFactor } from "../auth/password-factor.ts";
import { markSessionVerified, type ValidSession } from "../auth/session.ts";
import type { AppContext } from "../context.ts";
import { AppError } from "../errors.ts";
import { recentVerificationWindowMs, type Guards } from "../plugins/authentication.ts";
import { evaluatePassword } from "../passwords/password-rules.ts";
import {
  personalWordsOf,
  replacePassword,
  type ReplacePasswordResult,
} from "../passwords/replace-password.ts";
import { findResetTokenUser } from "../passwords/reset-tokens.ts";
import { signInRateLimit } from "../plugins/rate-limit.ts";
import { readPolicy } from "../policies/policy-store.ts";
import type { User } from "../storage/schema.ts";
import { ErrorResponse } from "../schemas/common.ts";
import { ChangePasswordBody, CheckPasswordBody, PasswordRules } from "../schemas/password.ts";
import { refuseOversizePassword } from "./auth.ts";
import { originOf } from "./request-origin.ts";
import { lockedError } from "./locked-error.ts";

export function passwordRoutes(
  app: FastifyTypeboxInstance,
  context: AppContext,
  guards: Guards,
): void {
  const { db } = context;
  const rulesFor = async (password: string, user: User | undefined) => {
    const policy = await readPolicy(db, "password");
    return {
      rules: evaluatePassword(policy, password, user === undefined ? {} : personalWordsOf(user)),
      maxAgeDays: policy.maxAgeDays === 0 ? null : policy.maxAgeDays,
    };
  };
  const sessionUser = async (request: FastifyRequest) => {
    const check = await guards.checkSession(request);
    return check.status === "valid" ? check.auth.user : undefined;
  };

  app.get(
    "/api/password-policy",
    { schema: { response: { 200: PasswordRules, "4xx": ErrorResponse } } },
    async (request) => rulesFor("", await sessionUser(request)),
  );

  app.post(
    "/api/password-policy/check",
    {
      // Typing sends a check every few hundred milliseconds; no hashing happens here.
      config: signInRateLimit(Math.max(300, context.config.signInRateLimitPerMinute)),
      schema: { body: CheckPasswordBody, response: { 200: PasswordRules, "4xx": ErrorResponse } },
    },
    async (request) => {
      const { password, resetToken } = request.body;
      const user =
        resetToken === undefined
          ? await sessionUser(request)
          : await findResetTokenUser(context, resetToken);
      return rulesFor(password, user);
    },
  );

  app.post(
    "/api/me/password",
    {
      preHandler: guards.requireSessionForPasswordChange,
      config: signInRateLimit(context.config.signInRateLimitPerMinute),
      schema: {
        body: ChangePasswordBody,
        response: { 204: { type: "null" }, "4xx": ErrorResponse },
      },
    },
    async (request, reply) => {
      const { currentPassword, newPassword } = request.body;
      refuseOversizePassword(currentPassword, "currentPassword");
      refuseOversizePassword(newPassword, "newPassword");
      const { user, session } = request.auth as ValidSession;
      const now = context.clock.now();
      const origin = originOf(request);
      // With MFA, the current password alone is one factor: the change needs a recent full
      // verification (password + code) first. Without MFA, the current password is that check.
      if (
        now - session.verified_at >= recentVerificationWindowMs &&
        (await hasActiveTotp(db, user.id))
      ) {
        throw new AppError(
          "RECENT_VERIFICATION_REQUIRED",
          "Confirm it is you before changing your password.",
        );
      }
      const lockout = await readPolicy(db, "lockout");
      const factor = await checkPasswordFactor(
        { db, now, policy: lockout },
        user,
        currentPassword,
        origin,
      );
      if (!factor.ok) {
        if (factor.reason === "locked") {
          throw lockedError(factor.until);
        }
        throw new AppError(
          "CURRENT_PASSWORD_INCORRECT",
          "Your current password is incorrect.",
          "currentPassword",
        );
      }
      const result = await replacePassword({ db, now }, user, newPassword, {
        event: "password.changed",
        origin,
        keepSessionId: session.id,
      });
      throwUnlessReplaced(result, "newPassword");
      await markSessionVerified(db, session.id, now);
      return reply.status(204).send(null);
    },
  );
}

export function throwUnlessReplaced(result: ReplacePasswordResult, field: string): void {
  if (result.ok) {
    return;
  }
  if (result.reason === "reused") {
    throw new AppError(
      "PASSWORD_POLICY_VIOLATION",
      `You used this password recently. Choose one that is not among your last ${result.historyCount}.`,
      field,
    );
  }
  const unmet = result.rules.filter((rule) => rule.met === false).map((rule) => rule.label);
  throw new AppError(
    "PASSWORD_POLICY_VIOLATION",
    `The new password does not meet the policy: ${unmet.join("; ")}.`,
    field,
  );
}
