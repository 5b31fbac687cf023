// Resolves the session cookie into `request.auth` and provides the guards routes put in front of
// themselves: a signed-in user, one that may only change a forced password or must first set up
// MFA, a recent verification ("sudo mode") for factor and password changes, and an admin.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { cookieNames } from "../auth/cookies.ts";
import { mustEnrollNow } from "../auth/mfa/enrollment-deadline.ts";
import { checkSessionToken, type SessionCheck, type ValidSession } from "../auth/session.ts";
import type { ServerContext } from "../context.ts";
import { AppError } from "../errors.ts";

declare module "fastify" {
  interface FastifyRequest {
    auth: ValidSession | undefined;
  }
}

export type RequireSession = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

export type Guards = {
  /** A fully verified session whose user has no forced password change pending. */
  requireSession: RequireSession;
  /** Like requireSession, but also lets through a user who must change their password first. */
  requireSessionForPasswordChange: RequireSession;
  /** Like requireSession, but also lets through a session held at MFA enrollment. */
  requireSessionForMfaSetup: RequireSession;
  /**
   * A session that verified (password, plus the second factor when the user has one) within
   * recentVerificationWindowMs: adding, resetting or removing a factor, new recovery codes.
   * Sessions held at MFA enrollment pass the session part, so they can enroll.
   */
  requireRecentVerification: RequireSession;
  /** An admin who verified within adminVerificationWindowMs (DESIGN.md §4). */
  requireAdmin: RequireSession;
  /** The raw check, for routes that serve sessions due for re-verification. */
  checkSession: (request: FastifyRequest) => Promise<SessionCheck>;
};

/** Factor and password changes need a verification younger than this ("sudo mode"). */
export const recentVerificationWindowMs = 5 * 60 * 1000;

/** Admin calls need a verification younger than this, not just any valid session. */
export const adminVerificationWindowMs = 60 * 60 * 1000;

export function registerAuthentication(
  app: FastifyInstance,
  context: ServerContext,
  https: boolean,
): Guards {
  const names = cookieNames(https);
  app.decorateRequest("auth", undefined);

  const checkSession = async (request: FastifyRequest): Promise<SessionCheck> => {
    const token = request.cookies[names.session];
    return token === undefined ? { status: "invalid" } : checkSessionToken(context, token);
  };

  const resolve = async (request: FastifyRequest): Promise<ValidSession> => {
    const check = await checkSession(request);
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
    request.auth = check.auth;
    return check.auth;
  };

  const requireSessionForPasswordChange: RequireSession = async (request) => {
    await resolve(request);
  };

  const requireSessionForMfaSetup: RequireSession = async (request) => {
    const auth = await resolve(request);
    if (auth.user.must_change_password === 1) {
      throw new AppError("PASSWORD_CHANGE_REQUIRED", "Choose a new password before you continue.");
    }
  };

  const requireSession: RequireSession = async (request, reply) => {
    await requireSessionForMfaSetup(request, reply);
    const auth = request.auth as ValidSession;
    if (mustEnrollNow(auth.session, context.clock.now())) {
      throw new AppError(
        "MFA_ENROLLMENT_REQUIRED",
        "Your organization requires multi-factor authentication. Set up an authenticator app to continue.",
      );
    }
  };

  const requireRecentVerification: RequireSession = async (request, reply) => {
    await requireSessionForMfaSetup(request, reply);
    const auth = request.auth as ValidSession;
    if (context.clock.now() - auth.session.verified_at >= recentVerificationWindowMs) {
      throw new AppError(
        "RECENT_VERIFICATION_REQUIRED",
        "Confirm it is you before changing how you sign in.",
      );
    }
  };

  const requireAdmin: RequireSession = async (request, reply) => {
    await requireSession(request, reply);
    const auth = request.auth as ValidSession;
    if (auth.user.role !== "admin") {
      throw new AppError("ADMIN_REQUIRED", "Only administrators can do this.");
    }
    if (context.clock.now() - auth.session.verified_at >= adminVerificationWindowMs) {
      throw new AppError(
        "REVERIFICATION_REQUIRED",
        "Administrative changes need a recent verification. Enter your password to continue.",
        undefined,
        { reason: "admin" },
      );
    }
  };

  return {
    requireSession,
    requireSessionForPasswordChange,
    requireSessionForMfaSetup,
    requireRecentVerification,
    requireAdmin,
    checkSession,
  };
}
