// Table types of audit webhooks (migration 0121).
import type { Selectable } from "kysely";

export type WebhookSubscriptionsTable = {
  id: string;
  url: string;
  events: string; // JSON array of audit event names; ["*"] is every event
  secret_sealed: string; // whsec_… sealed under the server key (lib/secret-box.ts)
  created_at: number;
  removed_at: number | null;
};

export type WebhookDeliveriesTable = {
  id: string;
  subscription_id: string;
  event_type: string;
  payload: string; // the JSON body, exactly as signed and sent
  created_at: number;
  attempts: number;
  next_attempt_at: number;
  delivered_at: number | null;
  failed_at: number | null;
  last_error: string | null;
};

export type WebhooksDatabase = {
  webhook_subscriptions: WebhookSubscriptionsTable;
  webhook_deliveries: WebhookDeliveriesTable;
};

export type WebhookSubscription = Selectable<WebhookSubscriptionsTable>;
export type WebhookDelivery = Selectable<WebhookDeliveriesTable>;
