// PostgreSQL: an audit event and its webhook deliveries written as two CTEs of a caller's
// data-modifying statement, so that a sign-in's writes take one round trip (issue 14). They write
// what storeAuditEvent (audit-log.ts) and enqueueWebhooks (webhook-outbox.ts) write: the row, and
// one delivery per live subscription whose event list holds the event's name or "*", numbered
// after that subscription's last delivery.
import type { AuditEvent } from "../storage/schema.ts";
import { auditRowValues } from "./audit-log.ts";
import { webhookPayloadOf } from "./webhook-outbox.ts";

/**
 * The CTEs "audited" and "queued", which write only when the CTE named `after` returned a row;
 * their parameters are numbered from `first` on (auditCteParameters, in that order).
 */
export function auditCtes(after: string, first: number): string {
  const [id, at, event, reason, actor, target, email, ip, agent, details, payload] = Array.from(
    { length: auditCteParameterCount },
    (_, index) => `$${first + index}`,
  );
  return `"audited" as (
  insert into "audit_events"
    ("id", "at", "event", "reason", "actor_id", "target_id", "target_email", "ip", "user_agent", "details")
  select ${id}::text, ${at}::bigint, ${event}::text, ${reason}::text, ${actor}::text,
    ${target}::text, ${email}::text, ${ip}::text, ${agent}::text, ${details}::text
  where exists (select 1 from "${after}")
  returning 1
), "queued" as (
  insert into "webhook_deliveries"
    ("id", "subscription_id", "event_type", "payload", "created_at", "sequence", "attempts",
     "next_attempt_at", "delivered_at", "failed_at", "last_error")
  select 'msg_' || ${id}::text || '_' || "wanting"."id", "wanting"."id", ${event}::text,
    ${payload}::text, ${at}::bigint,
    (select coalesce(max("sequence"), 0) + 1 from "webhook_deliveries"
      where "subscription_id" = "wanting"."id"),
    0, ${at}::bigint, null, null, null
  from "webhook_subscriptions" as "wanting"
  where "wanting"."removed_at" is null and exists (select 1 from "audited")
    and ("wanting"."events"::jsonb @> '["*"]'
      or "wanting"."events"::jsonb @> jsonb_build_array(${event}::text))
  returning 1
)`;
}

export const auditCteParameterCount = 11;

export function auditCteParameters(event: AuditEvent): unknown[] {
  if (event.event === "webhook.test") {
    // A test event goes to the one subscription it names (webhook-outbox.ts): not written here.
    throw new Error("a webhook test event is recorded by recordAuditEvent");
  }
  return [...auditRowValues(event), webhookPayloadOf(event)];
}
