// Resolves the session cookie into `request.auth` for every route that declares who may call it
// (`config: { access }`): a signed-in user, also one who must first change a forced password or
// set up MFA, one who verified in the last 5 minutes ("sudo mode"), or an admin. Handlers read
// the session with sessionOf(request); routes that serve sessions due for re-verification (sign
// out, re-verify) check it themselves with checkSession.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { mustEnrollNow } from "../auth/mfa/enrollment-deadline.ts";
import {
  adminVerificationWindowMs,
  checkSessionToken,
  recentVerificationWindowMs,
  type SessionCheck,
  type ValidSession,
} from "../auth/session.ts";
import type { AppContext } from "../context.ts";
import { AppError } from "../errors.ts";
import { admitApiToken, bearerTokenOf } from "./api-token-access.ts";

/** Who may call a route. Routes that declare none are open (and check what they need). */
export type Access = {
  /**
   * "ready" (the default): a user with nothing pending. "password-change" also lets through a
   * user who must change their password first; "mfa-setup" one held at MFA enrollment.
   */
  session?: "ready" | "password-change" | "mfa-setup";
  /**
   * Verified (password, plus the second factor if the user has one) in the last 5 minutes; with
   * `admin`, the console's sensitive actions (routes/admin/admin-actor.ts, adminSensitive).
   */
  recentVerification?: true;
  /** An admin who verified in the last hour (docs/design.md §4). */
  admin?: true;
  /**
   * Only an API token with the route's scope may call it, never a session cookie: the SCIM
   * service provider (docs/scim.md), whose callers are machines.
   */
  apiTokenOnly?: true;
};

/**
 * The access of routes that change how a user signs in (factors, device logins): a verification
 * in the last 5 minutes, and a user held at MFA enrollment may enroll.
 */
export const changingFactors: Access = { session: "mfa-setup", recentVerification: true };

declare module "fastify" {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    auth: ValidSession | undefined;
  }
}

/** The session a route with declared access runs for. */
export function sessionOf(request: FastifyRequest): ValidSession {
  if (request.auth === undefined) {
    throw new Error(`${request.routeOptions.url ?? "A route"} reads a session it does not require`);
  }
  return request.auth;
}

/** The raw check, for routes that also serve sessions due for re-verification. */
export function checkSession(
  context: Pick<AppContext, "db" | "clock" | "cookies">,
  request: FastifyRequest,
): Promise<SessionCheck> {
  const token = request.cookies[context.cookies.names.session];
  return token === undefined
    ? Promise.resolve({ status: "invalid" })
    : checkSessionToken(context, token);
}

export function registerAuthentication(app: FastifyInstance, context: AppContext): void {
  app.decorateRequest("auth", undefined);
  app.decorateRequest("apiToken", undefined);
  // Before validation: a caller without access (a token without the route's scope, a session
  // without admin rights, a session on a route for tokens only) learns nothing about what the
  // route would accept.
  app.addHook("preValidation", async (request) => {
    const access = request.routeOptions.config.access;
    if (access === undefined) {
      return;
    }
    const presented = bearerTokenOf(request);
    if (presented !== undefined) {
      request.apiToken = await admitApiToken(context, request, presented);
      return;
    }
    if (access.apiTokenOnly === true) {
      throw new AppError(
        "API_TOKEN_INVALID",
        "This route takes an API token (Authorization: Bearer), not a session.",
      );
    }
    request.auth = admit(await checkSession(context, request), access);
  });
}

function admit(check: SessionCheck, access: Access): ValidSession {
  if (check.status === "invalid") {
    throw new AppError("AUTH_REQUIRED", "Sign in to continue.");
  }
  if (check.status === "reverify") {
    throw new AppError(
      "REVERIFICATION_REQUIRED",
      check.reason === "idle"
        ? "You were away for a while. Enter your password to continue."
        : "It is time to confirm it is you. Enter your password to continue.",
      undefined,
      { reason: check.reason },
    );
  }
  const { user, session, checkedAt: now } = check.auth;
  const held = access.admin === true ? "ready" : (access.session ?? "ready");
  if (held !== "password-change" && user.must_change_password === 1) {
    throw new AppError("PASSWORD_CHANGE_REQUIRED", "Choose a new password before you continue.");
  }
  if (held === "ready" && mustEnrollNow(session, now)) {
    throw new AppError(
      "MFA_ENROLLMENT_REQUIRED",
      "Your organization requires multi-factor authentication. Set up an authenticator app to continue.",
    );
  }
  // Admin rights first: someone who is not an admin learns nothing else about the route.
  if (access.admin === true) {
    if (user.role !== "admin") {
      throw new AppError("ADMIN_REQUIRED", "Only administrators can do this.");
    }
    if (now - session.verified_at >= adminVerificationWindowMs) {
      throw new AppError(
        "REVERIFICATION_REQUIRED",
        "Administrative changes need a recent verification. Enter your password to continue.",
        undefined,
        { reason: "admin" },
      );
    }
  }
  if (
    access.recentVerification === true &&
    now - session.verified_at >= recentVerificationWindowMs
  ) {
    throw new AppError(
      "RECENT_VERIFICATION_REQUIRED",
      access.admin === true
        ? "Confirm it is you before this sensitive change."
        : "Confirm it is you before changing how you sign in.",
    );
  }
  return check.auth;
}
