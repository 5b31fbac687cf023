// Sessions (DESIGN.md §5): a new opaque token at every sign-in, only its hash at rest.
import type { Clock, Random } from "../lib/clock.ts";
import type { Db } from "../storage/database.ts";
import type { Session, User } from "../storage/schema.ts";
import { issueToken, parseToken, secretMatches } from "./token.ts";

export const sessionLifetimeMs = 12 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often, so reads do not each cost a write. */
const lastSeenResolutionMs = 60 * 1000;

export type SessionContext = { db: Db; clock: Clock; random: Random };
export type SessionOrigin = { ip: string | null; userAgent: string | null };

export async function createSession(
  { db, clock, random }: SessionContext,
  userId: string,
  origin: SessionOrigin,
): Promise<{ token: string; session: Session }> {
  const { id, token, secretHash } = issueToken(random);
  const now = clock.now();
  const session: Session = {
    id,
    user_id: userId,
    secret_hash: secretHash,
    created_at: now,
    verified_at: now,
    last_seen_at: now,
    expires_at: now + sessionLifetimeMs,
    ip: origin.ip,
    user_agent: origin.userAgent?.slice(0, 512) ?? null,
  };
  await db.insertInto("sessions").values(session).execute();
  return { token, session };
}

export type ValidSession = { session: Session; user: User };

/** Returns the session and its active user, or undefined for anything else. */
export async function validateSessionToken(
  { db, clock }: Omit<SessionContext, "random">,
  token: string,
): Promise<ValidSession | undefined> {
  const parsed = parseToken(token);
  if (parsed === undefined) {
    return undefined;
  }
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .selectAll("users")
    .select([
      "sessions.id as session_id",
      "sessions.secret_hash as session_secret_hash",
      "sessions.created_at as session_created_at",
      "sessions.verified_at as session_verified_at",
      "sessions.last_seen_at as session_last_seen_at",
      "sessions.expires_at as session_expires_at",
      "sessions.ip as session_ip",
      "sessions.user_agent as session_user_agent",
    ])
    .where("sessions.id", "=", parsed.id)
    .executeTakeFirst();
  if (row === undefined || !secretMatches(parsed.secret, row.session_secret_hash)) {
    return undefined;
  }
  const now = clock.now();
  if (now >= row.session_expires_at || row.status !== "active") {
    return undefined;
  }
  const {
    session_id,
    session_secret_hash,
    session_created_at,
    session_verified_at,
    session_last_seen_at,
    session_expires_at,
    session_ip,
    session_user_agent,
    ...user
  } = row;
  const session: Session = {
    id: session_id,
    user_id: user.id,
    secret_hash: session_secret_hash,
    created_at: session_created_at,
    verified_at: session_verified_at,
    last_seen_at: session_last_seen_at,
    expires_at: session_expires_at,
    ip: session_ip,
    user_agent: session_user_agent,
  };
  if (now - session.last_seen_at >= lastSeenResolutionMs) {
    await db
      .updateTable("sessions")
      .set({ last_seen_at: now })
      .where("id", "=", session.id)
      .execute();
    session.last_seen_at = now;
  }
  return { session, user };
}

export async function invalidateSession(db: Db, sessionId: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", sessionId).execute();
}
