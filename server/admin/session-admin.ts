// An admin signs a user out: one session (a lost laptop) or every session on every device. The
// session rows go, so the very next request with any of them is refused; audited either way.
import { findUserById } from "../storage/users.ts";
import type { User } from "../storage/schema.ts";
import {
  auditAdminChange,
  inTransaction,
  type AdminActor,
  type AdminResult,
} from "./admin-actor.ts";

export function signOutEverywhere(
  actor: AdminActor,
  userId: string,
): Promise<AdminResult<{ user: User; ended: number }>> {
  return inTransaction(actor, async (actor) => {
    const user = await findUserById(actor.db, userId);
    if (user === undefined) {
      return { ok: false, reason: "not_found" };
    }
    const result = await actor.db
      .deleteFrom("sessions")
      .where("user_id", "=", userId)
      .executeTakeFirst();
    const ended = Number(result.numDeletedRows);
    await auditAdminChange(actor, "user.signed_out_everywhere", {
      target: user,
      details: { sessions: ended },
    });
    return { ok: true, user: { user, ended } };
  });
}

/** Ends one session of the user; not_found when the user or that session of theirs is gone. */
export function endUserSession(
  actor: AdminActor,
  userId: string,
  sessionId: string,
): Promise<AdminResult<{ user: User; ended: number }>> {
  return inTransaction(actor, async (actor) => {
    const user = await findUserById(actor.db, userId);
    if (user === undefined) {
      return { ok: false, reason: "not_found" };
    }
    const result = await actor.db
      .deleteFrom("sessions")
      .where("id", "=", sessionId)
      .where("user_id", "=", userId)
      .executeTakeFirst();
    if (result.numDeletedRows === 0n) {
      return { ok: false, reason: "not_found" };
    }
    await auditAdminChange(actor, "session.revoked", { target: user, details: { sessionId } });
    return { ok: true, user: { user, ended: 1 } };
  });
}
