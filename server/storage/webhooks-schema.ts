// Table types of audit webhooks (migrations 0121, 0200 and 0280).
import type { Generated, Selectable } from "kysely";

export type WebhookSubscriptionsTable = {
  id: string;
  url: string;
  events: string; // JSON array of audit event names; ["*"] is every event
  secret_sealed: string; // whsec_… sealed under the server key (lib/secret-box.ts)
  created_at: number;
  removed_at: number | null;
  paused_at: number | null; // its events wait in the outbox while set
};

export type WebhookDeliveriesTable = {
  id: string;
  subscription_id: string;
  event_type: string;
  payload: string; // the JSON body, exactly as signed and sent
  created_at: number;
  /** The subscription's next number when written: the order within one millisecond. */
  sequence: Generated<number>;
  attempts: number;
  next_attempt_at: number;
  delivered_at: number | null;
  failed_at: number | null;
  last_error: string | null;
};

/** One try at sending a delivery, for the console's delivery log. */
export type WebhookAttemptsTable = {
  id: string;
  delivery_id: string;
  subscription_id: string;
  event_type: string;
  attempted_at: number;
  status_code: number | null; // null when no answer came
  error: string | null; // "HTTP 503", "TimeoutError", …; null when delivered
  next_attempt_at: number | null; // the retry it scheduled; null when settled
};

export type WebhooksDatabase = {
  webhook_subscriptions: WebhookSubscriptionsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_attempts: WebhookAttemptsTable;
};

export type WebhookSubscription = Selectable<WebhookSubscriptionsTable>;
export type WebhookDelivery = Selectable<WebhookDeliveriesTable>;
export type WebhookAttempt = Selectable<WebhookAttemptsTable>;
