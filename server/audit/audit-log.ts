// The audit log (docs/design.md §1.3): every security event with time, actor, target, IP and user
// agent. Callers pass reasons and ids, never a password, token or hash.
import { randomUUID } from "node:crypto";
import { compiledOnce } from "../storage/compiled-once.ts";
import type { Db } from "../storage/database.ts";
import type { AuditEvent } from "../storage/schema.ts";
import { enqueueWebhooks } from "./webhook-outbox.ts";

export type AuditEventName =
  | "app.created"
  | "app.updated"
  | "app.deleted"
  | "app.client_secret_rotated"
  | "app.assigned"
  | "app.unassigned"
  | "app.launched"
  | "app.launch_refused"
  | "app.step_up_failed"
  | "group.created"
  | "group.deleted"
  | "group.member_added"
  | "group.member_removed"
  | "sso.keys_rotated"
  | "sign_in.succeeded"
  | "sign_in.failed"
  | "account.locked"
  | "account.unlocked"
  | "session.reverified"
  | "session.reverify_failed"
  | "password.changed"
  | "password.reset_requested"
  | "password.reset"
  | "password.temporary_set"
  | "policy.changed"
  | "profile.changed"
  | "user.created"
  | "user.deleted"
  | "user.disabled"
  | "user.enabled"
  | "user.role_changed"
  | "user.updated"
  | "user.invitation_sent"
  | "users.imported"
  | "user.signed_out_everywhere"
  | "audit.exported"
  | "settings.mail_tested"
  | "group.renamed"
  | "ssh_key.added"
  | "ssh_key.removed"
  | "session.revoked"
  | "account.reported_compromise"
  | "mfa.totp_enabled"
  | "mfa.totp_replaced"
  | "mfa.totp_removed"
  | "mfa.recovery_codes_generated"
  | "mfa.recovery_code_used"
  | "mfa.failed"
  | "mfa.reset_by_admin"
  | "mfa.enrollment_skipped"
  | "device.connect_key_created"
  | "device.enrolled"
  | "device.enrollment_refused"
  | "device.removed"
  | "device.revoked"
  | "device.enrollment_token_created"
  | "device.enrollment_token_revoked"
  | "passkey.registered"
  | "passkey.removed"
  | "passkey.sign_in_failed"
  | "push.requested"
  | "push.approved"
  | "push.denied"
  | "push.limited"
  | "push.paused"
  | "push.answer_refused"
  | "push.turned_off"
  | "push.turned_on"
  | "api_token.created"
  | "api_token.revoked"
  | "webhook.created"
  | "webhook.removed"
  | "webhook.test"
  | "webhook.paused"
  | "webhook.resumed"
  | "request.submitted"
  | "request.approved"
  | "request.denied"
  | "request.cancelled"
  | "request.expired"
  | "access.granted"
  | "access.grant_ended"
  | "request_flow.changed"
  | "request_flow.removed";

export type AuditOrigin = { ip: string | null; userAgent: string | null };

type AuditValue = string | number | boolean | null;

/** What an event records besides who and when: ids, names, and a change's before and after. */
export type AuditDetails = Record<
  string,
  AuditValue | string[] | Record<string, AuditValue | string[]>
>;

export type AuditEntry = {
  event: AuditEventName;
  at: number;
  reason?: string;
  actorId?: string | null;
  targetId?: string | null;
  targetEmail?: string | null;
  origin?: AuditOrigin;
  details?: AuditDetails;
};

/**
 * Records the event, and queues it for every webhook subscription that wants it; returns its id
 * (what "This wasn't me" may later report).
 */
export async function recordAuditEvent(db: Db, entry: AuditEntry): Promise<string> {
  const event = auditEventOf(entry);
  await storeAuditEvent(db, event);
  return event.id;
}

/** Stores an event already made into its row, and queues its webhooks. */
export async function storeAuditEvent(db: Db, event: AuditEvent): Promise<void> {
  await db.executeQuery(auditInsert(db, ...auditRowValues(event)));
  await enqueueWebhooks(db, event);
}

/** An event's columns in the order the insert takes them (also audit-statement.ts's CTE). */
export function auditRowValues(event: AuditEvent) {
  return [
    event.id,
    event.at,
    event.event,
    event.reason,
    event.actor_id,
    event.target_id,
    event.target_email,
    event.ip,
    event.user_agent,
    event.details,
  ] as const;
}

/** The row an entry is stored as, with its new id. */
export function auditEventOf(entry: AuditEntry): AuditEvent {
  return {
    id: randomUUID(),
    at: entry.at,
    event: entry.event,
    reason: entry.reason ?? null,
    actor_id: entry.actorId ?? null,
    target_id: entry.targetId ?? null,
    target_email: entry.targetEmail ?? null,
    ip: entry.origin?.ip ?? null,
    user_agent: entry.origin?.userAgent?.slice(0, 512) ?? null,
    details: entry.details === undefined ? null : JSON.stringify(entry.details),
  };
}

// Every sign-in writes one: compiled once (storage/compiled-once.ts).
type Text = string | null;
const auditInsert = compiledOnce(
  (
    db,
    id: string,
    at: number,
    event: string,
    reason: Text,
    actorId: Text,
    targetId: Text,
    targetEmail: Text,
    ip: Text,
    userAgent: Text,
    details: Text,
  ) =>
    db.insertInto("audit_events").values({
      id,
      at,
      event,
      reason,
      actor_id: actorId,
      target_id: targetId,
      target_email: targetEmail,
      ip,
      user_agent: userAgent,
      details,
    }),
  [
    "\u0000id",
    -1.5,
    "\u0000event",
    "\u0000reason",
    "\u0000actor",
    "\u0000target",
    "\u0000email",
    "\u0000ip",
    "\u0000agent",
    "\u0000details",
  ],
);

/** How many events of one kind an address had since a time (per-address throttles). */
export async function countRecentEvents(
  db: Db,
  filter: { event: AuditEventName; targetEmail: string; since: number },
): Promise<number> {
  const row = await db
    .selectFrom("audit_events")
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .where("event", "=", filter.event)
    .where("target_email", "=", filter.targetEmail)
    .where("at", ">", filter.since)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
