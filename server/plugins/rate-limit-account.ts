// The account a throttled request acts for, so a limit holds per account whatever addresses the
// requests come from: the email a request names (identify, password reset), the address a sign-in
// flow was started for (the password and code steps), or the session (signed-in steps such as
// re-verification: a session belongs to one account, and only a sign-in makes one).
import type { FastifyRequest } from "fastify";
import type { CookiePolicy } from "../auth/cookies.ts";
import { parseToken } from "../auth/token.ts";
import type { Db } from "../storage/database.ts";
import { normalizeEmail } from "../storage/users.ts";

export function accountOfRequest(
  db: Db,
  { names }: CookiePolicy,
): (request: FastifyRequest) => Promise<string | undefined> {
  return async (request) => {
    const body = request.body as { email?: unknown } | undefined;
    if (typeof body?.email === "string") {
      return `email:${normalizeEmail(body.email)}`;
    }
    const flow = parseToken(request.cookies[names.loginFlow] ?? "");
    if (flow !== undefined) {
      // Only the flow's address is read, not its secret: a guessed flow id spends the budget of
      // an account the guesser could have named with identify anyway.
      const row = await db
        .selectFrom("login_flows")
        .select("email")
        .where("id", "=", flow.id)
        .executeTakeFirst();
      return row === undefined ? undefined : `email:${row.email}`;
    }
    const session = parseToken(request.cookies[names.session] ?? "");
    return session === undefined ? undefined : `session:${session.id}`;
  };
}

/**
 * The pending sign-in a request's cookies name, unverified (a rate-limit key only): the login
 * flow's id, or the id of an app launch's step-up hand-off.
 */
export function pendingSignInOfRequest({
  names,
}: CookiePolicy): (request: FastifyRequest) => string | undefined {
  return (request) => {
    const flow = parseToken(request.cookies[names.loginFlow] ?? "");
    if (flow !== undefined) {
      return `flow:${flow.id}`;
    }
    const stepUp = parseToken(request.cookies[names.stepUp] ?? "");
    return stepUp === undefined ? undefined : `step-up:${stepUp.id}`;
  };
}
