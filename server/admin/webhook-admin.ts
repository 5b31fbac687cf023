// Audit webhooks, the operations the admin CLI and the console share: subscribe a URL to audit
// events (the signing secret shown once), pause, resume or remove a subscription, send a test
// event (to every subscriber, or to one), read the delivery log and its attempts.
// Each change runs in one transaction with its audit line, which names the subscription by its URL
// and the admin (or "cli") as the actor; the signing secret never reaches the log.
import { recordAuditEvent } from "../audit/audit-log.ts";
import { auditEventCatalogue } from "../audit/event-catalogue.ts";
import {
  checkWebhookTarget,
  createWebhookSubscription,
  pauseWebhookSubscription,
  removeWebhookSubscription,
} from "../audit/webhook-subscriptions.ts";
import type { Random } from "../lib/clock.ts";
import type { Db } from "../storage/database.ts";
import type { WebhookAttempt, WebhookDelivery } from "../storage/webhooks-schema.ts";
import { auditAdminChange, inTransaction, type AdminActor } from "./admin-actor.ts";

export type WebhookCreation =
  | { ok: true; id: string; url: string; secret: string }
  | { ok: false; field: "url" | "events"; reason: string };

export async function subscribeWebhook(
  actor: AdminActor,
  random: Random,
  request: { url: string; events: string[]; key: Buffer; production: boolean },
): Promise<WebhookCreation> {
  const target = checkWebhookTarget(request.url, request.production);
  if (!target.ok) {
    return { ok: false, field: "url", reason: `The URL ${target.reason}.` };
  }
  const unknown = request.events.filter(
    (event) => event !== "*" && !Object.hasOwn(auditEventCatalogue, event),
  );
  if (unknown.length > 0 || request.events.length === 0) {
    return {
      ok: false,
      field: "events",
      reason: `Unknown audit event ${unknown.join(", ")}; the names are in docs/admin.md.`,
    };
  }
  return inTransaction(actor, async (actor) => {
    const { subscription, secret } = await createWebhookSubscription(actor.db, random, {
      url: target.url,
      events: request.events,
      key: request.key,
      now: actor.now,
    });
    await auditAdminChange(actor, "webhook.created", {
      targetId: subscription.id,
      details: { webhookId: subscription.id, url: target.url, events: request.events },
    });
    return { ok: true as const, id: subscription.id, url: target.url, secret };
  });
}

export function removeWebhook(actor: AdminActor, id: string): Promise<boolean> {
  return inTransaction(actor, async (actor) => {
    const subscription = await findSubscription(actor, id);
    if (subscription === undefined || !(await removeWebhookSubscription(actor.db, id, actor.now))) {
      return false;
    }
    await auditAdminChange(actor, "webhook.removed", {
      targetId: id,
      details: { webhookId: id, url: subscription.url },
    });
    return true;
  });
}

/** Pauses (its events wait in the outbox) or resumes a subscription; false when it has no such state to leave. */
export function pauseWebhook(actor: AdminActor, id: string, paused: boolean): Promise<boolean> {
  return inTransaction(actor, async (actor) => {
    const subscription = await findSubscription(actor, id);
    if (
      subscription === undefined ||
      !(await pauseWebhookSubscription(actor.db, id, paused ? actor.now : null))
    ) {
      return false;
    }
    await auditAdminChange(actor, paused ? "webhook.paused" : "webhook.resumed", {
      targetId: id,
      details: {
        webhookId: id,
        url: subscription.url,
        changed: ["paused"],
        before: { paused: subscription.paused_at !== null },
        after: { paused },
      },
    });
    return true;
  });
}

function findSubscription(actor: AdminActor, id: string) {
  return actor.db
    .selectFrom("webhook_subscriptions")
    .select(["url", "paused_at"])
    .where("id", "=", id)
    .executeTakeFirst();
}

/**
 * Queues a `webhook.test` event through the outbox: to every subscription that takes "*" or it,
 * or — given a subscription's id — to that one alone, whatever events it takes.
 */
export async function sendTestWebhook(actor: AdminActor, webhookId?: string): Promise<void> {
  await recordAuditEvent(actor.db, {
    event: "webhook.test",
    at: actor.now,
    actorId: actor.actorId,
    ...(actor.origin === undefined ? {} : { origin: actor.origin }),
    ...(webhookId === undefined ? {} : { targetId: webhookId, details: { webhookId } }),
  });
}

/** The latest attempts at sending a subscription's events, newest first. */
export function webhookAttempts(db: Db, subscriptionId: string): Promise<WebhookAttempt[]> {
  return db
    .selectFrom("webhook_attempts")
    .selectAll()
    .where("subscription_id", "=", subscriptionId)
    .orderBy("attempted_at", "desc")
    .orderBy("id")
    .limit(50)
    .execute();
}

export function webhookDeliveries(db: Db, subscriptionId: string): Promise<WebhookDelivery[]> {
  return db
    .selectFrom("webhook_deliveries")
    .selectAll()
    .where("subscription_id", "=", subscriptionId)
    .orderBy("created_at", "desc")
    .limit(50)
    .execute();
}
