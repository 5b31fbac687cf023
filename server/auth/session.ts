// Sessions (docs/design.md §5): a new opaque token at every sign-in, only its hash at rest. A
// session lives up to the policy's absolute lifetime, but past verifiedAt + re-verify interval, or
// after the idle timeout, it only serves re-verification until the user proves it is them again.
import type { Clock, Random } from "../lib/clock.ts";
import type { Policies } from "../schemas/policies.ts";
import { readAllPolicies, readPolicy } from "../policies/policy-store.ts";
import type { Db } from "../storage/database.ts";
import type { Session, User } from "../storage/schema.ts";
import {
  readSessionWithUser,
  type CheckedSession,
  type SessionWithUser,
} from "./session-lookup.ts";
import { issueToken, parseToken, secretMatches } from "./token.ts";

/** Factor and password changes need a verification younger than this ("sudo mode"). */
export const recentVerificationWindowMs = 5 * 60 * 1000;

/** Admin calls need a verification younger than this, not just any valid session. */
export const adminVerificationWindowMs = 60 * 60 * 1000;

/**
 * lastSeenAt is written at most this often, so reads do not each cost a write. The idle limit
 * counts from the sighting last written: never later than the policy says, at most this much
 * sooner (test/server/session-idle.test.ts).
 */
const lastSeenResolutionMs = 60 * 1000;

export type SessionContext = { db: Db; clock: Clock; random: Random };
export type SessionOrigin = { ip: string | null; userAgent: string | null };

export async function createSession(
  { db, clock, random }: SessionContext,
  userId: string,
  origin: SessionOrigin,
  options: {
    mfaEnrollBy?: number | null;
    /** The session policy already read (from the cache), so a transaction need not read it. */
    policy?: Policies["session"];
  } = {},
): Promise<{ token: string; session: Session }> {
  const policy = options.policy ?? (await readPolicy(db, "session"));
  const created = newSession({ clock, random }, userId, origin, { ...options, policy });
  await storeSession(db, created.session);
  return created;
}

export async function storeSession(db: Db, session: Session): Promise<void> {
  await db.insertInto("sessions").values(session).execute();
}

/**
 * A new session and its token, not yet stored: for a caller that writes it with the rest of its
 * outcome in one statement (device-login/passkey-sign-in-writes.ts).
 */
export function newSession(
  { clock, random }: Omit<SessionContext, "db">,
  userId: string,
  origin: SessionOrigin,
  options: { mfaEnrollBy?: number | null; policy: Policies["session"] },
): { token: string; session: Session } {
  const { id, token, secretHash } = issueToken(random);
  const now = clock.now();
  const { policy } = options;
  const session: Session = {
    id,
    user_id: userId,
    secret_hash: secretHash,
    created_at: now,
    verified_at: now,
    last_seen_at: now,
    expires_at: now + policy.absoluteLifetimeHours * 3_600_000,
    ip: origin.ip,
    user_agent: origin.userAgent?.slice(0, 512) ?? null,
    mfa_enroll_by: options.mfaEnrollBy ?? null,
  };
  return { token, session };
}

export type ValidSession = {
  session: CheckedSession;
  user: User;
  /** The session policy that judged this session. */
  policy: Policies["session"];
  /** Every policy as read for this request, so handlers need not read them again. */
  policies: Policies;
  /** The clock's time when the session was checked. */
  checkedAt: number;
};

export type SessionCheck =
  | { status: "valid"; auth: ValidSession }
  | { status: "reverify"; auth: ValidSession; reason: "interval" | "idle" }
  | { status: "invalid" };

/** When the next full verification is due: the interval after verifiedAt. */
export function reverificationDueAt(
  session: Pick<Session, "verified_at">,
  policy: Policies["session"],
): number {
  return session.verified_at + policy.reverifyAfterMinutes * 60_000;
}

export function idleDeadline(
  session: Pick<Session, "last_seen_at">,
  policy: Policies["session"],
): number {
  return session.last_seen_at + policy.idleMinutes * 60_000;
}

/**
 * Resolves a token to its session and active user. A session that needs re-verification is
 * reported as such and its lastSeenAt is left alone, so idling cannot be reset by polling.
 */
export async function checkSessionToken(
  { db, clock }: Omit<SessionContext, "random">,
  token: string,
): Promise<SessionCheck> {
  const found = await findSession(db, token);
  const now = clock.now();
  if (found === undefined || now >= found.session.expires_at || found.user.status !== "active") {
    return { status: "invalid" };
  }
  const policies = await readAllPolicies(db, { version: found.policiesVersion });
  const policy = policies.session;
  const auth = { session: found.session, user: found.user, policy, policies, checkedAt: now };
  if (now >= reverificationDueAt(found.session, policy)) {
    return { status: "reverify", auth, reason: "interval" };
  }
  if (now >= idleDeadline(found.session, policy)) {
    return { status: "reverify", auth, reason: "idle" };
  }
  if (now - found.session.last_seen_at >= lastSeenResolutionMs) {
    await db
      .updateTable("sessions")
      .set({ last_seen_at: now })
      .where("id", "=", found.session.id)
      .execute();
    found.session.last_seen_at = now;
  }
  return { status: "valid", auth };
}

/** A fully usable session, or undefined (including sessions due for re-verification). */
export async function validateSessionToken(
  context: Omit<SessionContext, "random">,
  token: string,
): Promise<ValidSession | undefined> {
  const check = await checkSessionToken(context, token);
  return check.status === "valid" ? check.auth : undefined;
}

/** Marks a successful re-verification: both clocks restart. */
export async function markSessionVerified(db: Db, sessionId: string, now: number): Promise<void> {
  await db
    .updateTable("sessions")
    .set({ verified_at: now, last_seen_at: now })
    .where("id", "=", sessionId)
    .execute();
}

/** The session's user set up MFA: it is no longer held at enrollment. */
export async function clearEnrollmentDeadline(db: Db, sessionId: string): Promise<void> {
  await db
    .updateTable("sessions")
    .set({ mfa_enroll_by: null })
    .where("id", "=", sessionId)
    .execute();
}

export async function invalidateSession(db: Db, sessionId: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", sessionId).execute();
}

/** Ends every session of a user, except the one given (the browser that made the change). */
export async function invalidateUserSessions(
  db: Db,
  userId: string,
  exceptSessionId?: string,
): Promise<void> {
  let query = db.deleteFrom("sessions").where("user_id", "=", userId);
  if (exceptSessionId !== undefined) {
    query = query.where("id", "!=", exceptSessionId);
  }
  await query.execute();
}

async function findSession(db: Db, token: string): Promise<SessionWithUser | undefined> {
  const parsed = parseToken(token);
  if (parsed === undefined) {
    return undefined;
  }
  const found = await readSessionWithUser(db, parsed.id);
  if (found === undefined || !secretMatches(parsed.secret, found.session.secret_hash)) {
    return undefined;
  }
  return found;
}
