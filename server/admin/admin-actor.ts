// Who does an admin operation (an admin's id, or "cli"), when and from where — and the two things
// every operation does with it: run all its writes in one transaction, so nothing is half-saved,
// and audit the change with who, what, before and after.
import { recordAuditEvent, type AuditDetails, type AuditEventName } from "../audit/audit-log.ts";
import type { AuditOrigin } from "../audit/audit-log.ts";
import type { Db } from "../storage/database.ts";
import type { User } from "../storage/schema.ts";

export type AdminActor = { db: Db; now: number; actorId: string | null; origin?: AuditOrigin };

export type AdminResult<T = User> =
  { ok: true; user: T } | { ok: false; reason: "not_found" | "exists" };

/** Runs the work with the actor's database replaced by one transaction (or the caller's). */
export function inTransaction<T>(
  actor: AdminActor,
  work: (actor: AdminActor) => Promise<T>,
): Promise<T> {
  return actor.db.isTransaction
    ? work(actor)
    : actor.db.transaction().execute((transaction) => work({ ...actor, db: transaction }));
}

/** Audits an admin change; `target` is the user it concerns, if any. */
export async function auditAdminChange(
  actor: AdminActor,
  event: AuditEventName,
  change: {
    target?: Pick<User, "id" | "email">;
    targetId?: string;
    details?: AuditDetails;
  },
): Promise<void> {
  await recordAuditEvent(actor.db, {
    event,
    at: actor.now,
    actorId: actor.actorId,
    targetId: change.target?.id ?? change.targetId ?? null,
    targetEmail: change.target?.email ?? null,
    ...(actor.origin === undefined ? {} : { origin: actor.origin }),
    ...(change.details === undefined ? {} : { details: change.details }),
  });
}
