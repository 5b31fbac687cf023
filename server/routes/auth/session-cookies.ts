// What every successful sign-in route answers: the sign-in flow's cookie cleared, the new
// session's cookie set for its lifetime, and the step the portal shows next.
import type { FastifyReply } from "fastify";
import type { AppContext } from "../../context.ts";
import { AppError } from "../../errors.ts";
import type { Session, User } from "../../storage/schema.ts";

export type NextStep = { next: "done" | "change_password" | "enroll_mfa" };

export function startSession(
  { cookies, clock }: AppContext,
  reply: FastifyReply,
  signedIn: { token: string; session: Session; user: User },
): NextStep {
  reply.clearCookie(cookies.names.loginFlow, { path: "/" });
  const lifetimeSeconds = Math.floor((signedIn.session.expires_at - clock.now()) / 1000);
  reply.setCookie(cookies.names.session, signedIn.token, cookies.options(lifetimeSeconds));
  reply.log.info({ userId: signedIn.user.id, sessionId: signedIn.session.id }, "signed in");
  if (signedIn.user.must_change_password === 1) {
    return { next: "change_password" };
  }
  return { next: signedIn.session.mfa_enroll_by === null ? "done" : "enroll_mfa" };
}

/** The sign-in flow is gone (expired, finished or unknown): start again with the email. */
export function flowExpired({ cookies }: AppContext, reply: FastifyReply): AppError {
  reply.clearCookie(cookies.names.loginFlow, { path: "/" });
  return new AppError("LOGIN_FLOW_EXPIRED", "Your sign-in timed out. Enter your email again.");
}
