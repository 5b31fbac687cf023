// The durable outbox of audit webhooks: when an audit event is recorded, one delivery row per
// subscription that wants it is written with it (same database handle, so inside the caller's
// transaction when there is one). The body is fixed at that moment: a retry resends the very
// bytes that were signed, with the same webhook-id, so receivers can drop a repeat. A test event
// sent to one subscription (its id in the details) goes to that subscription alone. Each row
// takes its subscription's next number, so events of one millisecond keep the order they were
// recorded in (concurrent transactions on PostgreSQL may draw the same number: their events had
// no order between them anyway, and the id breaks the tie).
import { sql } from "kysely";
import type { Db } from "../storage/database.ts";
import type { AuditEvent } from "../storage/schema.ts";
import { eventsOf, listWebhookSubscriptions } from "./webhook-subscriptions.ts";

export async function enqueueWebhooks(db: Db, event: AuditEvent): Promise<void> {
  const subscriptions = await listWebhookSubscriptions(db);
  const testedId = testedSubscriptionOf(event);
  const wanting = subscriptions.filter((subscription) => {
    if (testedId !== undefined) {
      return subscription.id === testedId;
    }
    const events = eventsOf(subscription);
    return events.includes("*") || events.includes(event.event);
  });
  if (wanting.length === 0) {
    return;
  }
  const payload = webhookPayloadOf(event);
  await db
    .insertInto("webhook_deliveries")
    .values(
      wanting.map((subscription) => ({
        id: `msg_${event.id}_${subscription.id}`,
        subscription_id: subscription.id,
        event_type: event.event,
        payload,
        created_at: Number(event.at),
        sequence: sql<number>`(select coalesce(max(sequence), 0) + 1 from webhook_deliveries where subscription_id = ${subscription.id})`,
        attempts: 0,
        next_attempt_at: Number(event.at),
        delivered_at: null,
        failed_at: null,
        last_error: null,
      })),
    )
    .execute();
}

/** The subscription a `webhook.test` event was sent to, when it was sent to one. */
function testedSubscriptionOf(event: AuditEvent): string | undefined {
  if (event.event !== "webhook.test" || event.details === null) {
    return undefined;
  }
  const details = JSON.parse(event.details) as { webhookId?: unknown };
  return typeof details.webhookId === "string" ? details.webhookId : undefined;
}

/** The body every subscription gets for this event, exactly as signed and sent. */
export function webhookPayloadOf(event: AuditEvent): string {
  return JSON.stringify({
    type: `audit.${event.event}`,
    timestamp: new Date(Number(event.at)).toISOString(),
    data: {
      id: event.id,
      event: event.event,
      reason: event.reason,
      actorId: event.actor_id,
      targetId: event.target_id,
      targetEmail: event.target_email,
      ip: event.ip,
      userAgent: event.user_agent,
      details: event.details === null ? null : (JSON.parse(event.details) as unknown),
    },
  });
}
