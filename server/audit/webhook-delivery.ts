// Delivers the webhook outbox (docs/api.md): at least once, in order per subscription — a
// subscription's next event waits until the one before it is delivered or given up — with retries
// on the Standard Webhooks schedule. One instance delivers at a time (storage/job-lock.ts); a
// delivery cut short by a crash is sent again with the same webhook-id.
import { randomUUID } from "node:crypto";
import type { Clock } from "../lib/clock.ts";
import type { Db } from "../storage/database.ts";
import { runExclusively } from "../storage/job-lock.ts";
import type { WebhookDelivery, WebhookSubscription } from "../storage/webhooks-schema.ts";
import { webhookHeaders } from "./webhook-signature.ts";
import { listWebhookSubscriptions, openWebhookSecret } from "./webhook-subscriptions.ts";

/** Waits before the 2nd, 3rd, … attempt; after the last one the event is given up. */
export const retryDelaysMs = [5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000];

/** Sends one request; resolves with the HTTP status, rejects when no answer came. */
export type WebhookSender = (
  url: string,
  headers: Record<string, string>,
  body: string,
) => Promise<number>;

export type WebhookDeliveryContext = {
  db: Db;
  clock: Clock;
  /** The server key the subscriptions' secrets are sealed under. */
  key: Buffer;
  send?: WebhookSender;
};

export const sendOverHttp: WebhookSender = async (url, headers, body) => {
  // Redirects are not followed: the target is the URL the admin entered, nothing else.
  const response = await fetch(url, {
    method: "POST",
    headers,
    body,
    redirect: "manual",
    signal: AbortSignal.timeout(15_000),
  });
  await response.body?.cancel();
  return response.status;
};

/** One pass over the outbox on the instance holding the job; false when another one holds it. */
/** How often a server runs a delivery pass (plugins/background-jobs.ts, via app.ts). */
export const webhookPassIntervalMs = 5_000;

export async function deliverWebhooks(context: WebhookDeliveryContext): Promise<boolean> {
  const run = await runExclusively(
    context.db,
    "webhook-delivery",
    async () => {
      for (const subscription of await listWebhookSubscriptions(context.db)) {
        if (subscription.paused_at === null) {
          await deliverInOrder(context, subscription);
        }
      }
    },
    { clock: context.clock },
  );
  return run.ran;
}

async function deliverInOrder(
  context: WebhookDeliveryContext,
  subscription: WebhookSubscription,
): Promise<void> {
  const secret = openWebhookSecret(context.key, subscription);
  for (;;) {
    const next = await oldestPending(context.db, subscription.id);
    if (next === undefined || Number(next.next_attempt_at) > context.clock.now()) {
      return; // nothing queued, or the head waits for its retry: later events wait behind it
    }
    if (!(await attempt(context, subscription, secret, next))) {
      return;
    }
  }
}

function oldestPending(db: Db, subscriptionId: string): Promise<WebhookDelivery | undefined> {
  return db
    .selectFrom("webhook_deliveries")
    .selectAll()
    .where("subscription_id", "=", subscriptionId)
    .where("delivered_at", "is", null)
    .where("failed_at", "is", null)
    .orderBy("created_at")
    .orderBy("sequence")
    .orderBy("id")
    .limit(1)
    .executeTakeFirst();
}

/** Sends one delivery; true when it is settled (delivered or given up) and the next may go. */
async function attempt(
  { db, clock, send = sendOverHttp }: WebhookDeliveryContext,
  subscription: WebhookSubscription,
  secret: string,
  delivery: WebhookDelivery,
): Promise<boolean> {
  const now = clock.now();
  const headers = webhookHeaders(secret, {
    id: delivery.id,
    timestampSeconds: Math.floor(now / 1000),
    body: delivery.payload,
  });
  let outcome: string;
  let statusCode: number | null = null;
  try {
    statusCode = await send(subscription.url, headers, delivery.payload);
    outcome = statusCode >= 200 && statusCode < 300 ? "delivered" : `HTTP ${statusCode}`;
  } catch (error) {
    outcome = error instanceof Error ? error.name : "no answer";
  }
  const attempts = delivery.attempts + 1;
  const delivered = outcome === "delivered";
  const delay = delivered ? undefined : retryDelaysMs[attempts - 1];
  const retryAt = delay === undefined ? null : now + delay;
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable("webhook_deliveries")
      .set(
        delivered
          ? { delivered_at: clock.now(), attempts, last_error: null }
          : {
              attempts,
              last_error: outcome,
              ...(retryAt === null ? { failed_at: now } : { next_attempt_at: retryAt }),
            },
      )
      .where("id", "=", delivery.id)
      .execute();
    await trx
      .insertInto("webhook_attempts")
      .values({
        id: randomUUID(),
        delivery_id: delivery.id,
        subscription_id: subscription.id,
        event_type: delivery.event_type,
        attempted_at: now,
        status_code: statusCode,
        error: delivered ? null : outcome,
        next_attempt_at: retryAt,
      })
      .execute();
  });
  return retryAt === null;
}
