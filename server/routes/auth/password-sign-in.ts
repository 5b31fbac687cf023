// Identifier-first sign-in: POST /api/auth/identify starts a flow for any address (the answer
// never says who has an account), POST /api/auth/password checks the password, then either
// waits for the second factor or starts the session.
import { startLoginFlow, loginFlowLifetimeMs } from "../../auth/login-flow.ts";
import { signInWithPassword } from "../../auth/sign-in.ts";
import { AppError } from "../../errors.ts";
import { signInRateLimit } from "../../plugins/rate-limit.ts";
import { IdentifyBody, NextStep, PasswordBody } from "../../schemas/auth.ts";
import { errorReplies, type RouteModule } from "../route-module.ts";
import { lockedError, refuseOversizePassword } from "../shared/account-errors.ts";
import { originOf } from "../shared/request-origin.ts";
import { flowExpired, startSession } from "./session-cookies.ts";

export const passwordSignInRoutes: RouteModule = (app, context) => {
  const { cookies } = context;
  const config = signInRateLimit(context.config.signInRateLimitPerMinute);
  const schema = { response: { 200: NextStep, ...errorReplies } };

  app.post(
    "/api/auth/identify",
    { config, schema: { ...schema, body: IdentifyBody } },
    async (request, reply) => {
      const { email, portal = "user" } = request.body;
      const { token } = await startLoginFlow(context, email, portal);
      reply.setCookie(cookies.names.loginFlow, token, cookies.options(loginFlowLifetimeMs / 1000));
      return { next: "password" as const };
    },
  );

  app.post(
    "/api/auth/password",
    { config, schema: { ...schema, body: PasswordBody } },
    async (request, reply) => {
      refuseOversizePassword(request.body.password);
      const result = await signInWithPassword(context, {
        flowToken: request.cookies[cookies.names.loginFlow] ?? "",
        password: request.body.password,
        origin: originOf(request),
      });
      if (result.ok) {
        return "next" in result ? { next: result.next } : startSession(context, reply, result);
      }
      if (result.reason === "flow_expired") {
        throw flowExpired(context, reply);
      }
      if (result.reason === "locked") {
        throw lockedError(result.until, result.lockReason);
      }
      if (result.reason === "not_admin") {
        throw new AppError(
          "ADMIN_REQUIRED",
          "This account has no admin access. Sign in to the user portal instead, or ask your IT administrator for access.",
        );
      }
      throw new AppError("AUTH_INVALID_CREDENTIALS", "The email or password is incorrect.");
    },
  );
};
