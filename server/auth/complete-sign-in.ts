// The last step of every sign-in, after the password and (if the user has one) the second
// factor: the flow is consumed once, expiry and admin-required MFA are applied to the new
// session, and the success is audited — all in one transaction, so a failure leaves the flow
// unconsumed and no session or audit line half-written.
import { recordAuditEvent } from "../audit/audit-log.ts";
import { isPasswordExpired } from "./password-expiry.ts";
import { readAllPolicies } from "../policies/policy-store.ts";
import type { LoginFlow, Session, User } from "../storage/schema.ts";
import { finishLoginFlow } from "./login-flow.ts";
import { mfaEnrollmentDeadline } from "./mfa/enrollment-deadline.ts";
import { createSession, type SessionContext, type SessionOrigin } from "./session.ts";

export type CompletedSignIn = { ok: true; token: string; session: Session; user: User };

export async function completeSignIn(
  context: SessionContext,
  input: {
    flow: LoginFlow;
    user: User;
    origin: SessionOrigin;
    hasFactor: boolean;
    method: "password" | "totp" | "recovery_code";
  },
): Promise<CompletedSignIn | { ok: false; reason: "flow_expired" }> {
  return context.db.transaction().execute((db) => completeSignInWithin({ ...context, db }, input));
}

async function completeSignInWithin(
  context: SessionContext,
  input: Parameters<typeof completeSignIn>[1],
): Promise<CompletedSignIn | { ok: false; reason: "flow_expired" }> {
  const { db, clock } = context;
  const { flow, user } = input;
  const now = clock.now();
  // A flow finishes once: two racing requests with the same flow cannot both get a session.
  if (!(await finishLoginFlow(db, flow.id))) {
    return { ok: false, reason: "flow_expired" };
  }
  const policies = await readAllPolicies(db);
  if (user.must_change_password === 0 && isPasswordExpired(user, policies.password, now)) {
    // docs/design.md §1.1: after expiry the next sign-in forces a change before the portal opens.
    await db
      .updateTable("users")
      .set({ must_change_password: 1 })
      .where("id", "=", user.id)
      .execute();
    user.must_change_password = 1;
  }
  const mfaEnrollBy = await mfaEnrollmentDeadline(db, user, policies.mfa, input.hasFactor, now);
  const { token, session } = await createSession(context, user.id, input.origin, {
    mfaEnrollBy,
  });
  await recordAuditEvent(db, {
    event: "sign_in.succeeded",
    at: now,
    actorId: user.id,
    targetId: user.id,
    targetEmail: user.email,
    origin: input.origin,
    details: { portal: flow.portal, method: input.method },
  });
  return { ok: true, token, session, user };
}
