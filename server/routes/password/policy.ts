// The password policy as a checklist: GET /api/password-policy (the rules, and the maximum age)
// and POST /api/password-policy/check (each rule against what the user typed, with their own
// name among the words to avoid: the signed-in user's, or the reset link's owner's).
import type { FastifyRequest } from "fastify";
import type { AppContext } from "../../context.ts";
import { passwordChecklist } from "../../passwords/password-checklist.ts";
import { findResetTokenUser } from "../../passwords/reset-tokens.ts";
import { checkSession } from "../../plugins/authentication.ts";
import { signInRateLimit } from "../../plugins/rate-limit.ts";
import { CheckPasswordBody, PasswordRules } from "../../schemas/password.ts";
import { errorReplies, type RouteModule } from "../route-module.ts";

export const passwordPolicyRoutes: RouteModule = (app, context) => {
  app.get(
    "/api/password-policy",
    { schema: { response: { 200: PasswordRules, ...errorReplies } } },
    async (request) => passwordChecklist(context.db, "", await signedInUser(context, request)),
  );

  app.post(
    "/api/password-policy/check",
    {
      // Typing sends a check every few hundred milliseconds; no hashing happens here.
      config: signInRateLimit(Math.max(300, context.config.signInRateLimitPerMinute)),
      schema: { body: CheckPasswordBody, response: { 200: PasswordRules, ...errorReplies } },
    },
    async (request) => {
      const { password, resetToken } = request.body;
      const user =
        resetToken === undefined
          ? await signedInUser(context, request)
          : await findResetTokenUser(context, resetToken);
      return passwordChecklist(context.db, password, user);
    },
  );
};

async function signedInUser(context: AppContext, request: FastifyRequest) {
  const check = await checkSession(context, request);
  return check.status === "valid" ? check.auth.user : undefined;
}
