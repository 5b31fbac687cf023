// Audit webhook subscriptions (docs/api.md): a target URL (https, or http on localhost outside
// production), the audit event names it wants ("*" for all) and its signing secret, shown once
// and sealed at rest under the server key, bound to the subscription's id.
import { randomUUID } from "node:crypto";
import type { Random } from "../lib/clock.ts";
import { openSecret, sealSecret } from "../lib/secret-box.ts";
import type { Db } from "../storage/database.ts";
import type { WebhookSubscription } from "../storage/webhooks-schema.ts";
import { newWebhookSecret } from "./webhook-signature.ts";

export type WebhookTargetCheck = { ok: true; url: string } | { ok: false; reason: string };

/** Only https targets; plain http only to this machine, and never in production. */
export function checkWebhookTarget(url: string, production: boolean): WebhookTargetCheck {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, reason: "is not a URL" };
  }
  if (parsed.username !== "" || parsed.password !== "") {
    return { ok: false, reason: "must not carry a user name or password" };
  }
  const local = ["localhost", "127.0.0.1", "[::1]"].includes(parsed.hostname);
  if (parsed.protocol === "https:" || (parsed.protocol === "http:" && local && !production)) {
    return { ok: true, url: parsed.href };
  }
  return {
    ok: false,
    reason: production
      ? "must be an https:// URL"
      : "must be an https:// URL, or http://localhost in development",
  };
}

export async function createWebhookSubscription(
  db: Db,
  random: Random,
  input: { url: string; events: string[]; key: Buffer; now: number },
): Promise<{ subscription: WebhookSubscription; secret: string }> {
  const id = randomUUID();
  const secret = newWebhookSecret(random);
  const subscription: WebhookSubscription = {
    id,
    url: input.url,
    events: JSON.stringify(input.events),
    secret_sealed: sealSecret(input.key, secret, `webhook:${id}`, random),
    created_at: input.now,
    removed_at: null,
    paused_at: null,
  };
  await db.insertInto("webhook_subscriptions").values(subscription).execute();
  return { subscription, secret };
}

export function openWebhookSecret(key: Buffer, subscription: WebhookSubscription): string {
  return openSecret(key, subscription.secret_sealed, `webhook:${subscription.id}`);
}

export function listWebhookSubscriptions(db: Db): Promise<WebhookSubscription[]> {
  return db
    .selectFrom("webhook_subscriptions")
    .selectAll()
    .where("removed_at", "is", null)
    .orderBy("created_at")
    .execute();
}

/** Removes a subscription; its undelivered events are dropped with it. */
export async function removeWebhookSubscription(db: Db, id: string, now: number): Promise<boolean> {
  const result = await db
    .updateTable("webhook_subscriptions")
    .set({ removed_at: now })
    .where("id", "=", id)
    .where("removed_at", "is", null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Pauses (at `now`) or resumes (null) a subscription; false when none has that id. */
export async function pauseWebhookSubscription(
  db: Db,
  id: string,
  pausedAt: number | null,
): Promise<boolean> {
  const result = await db
    .updateTable("webhook_subscriptions")
    .set({ paused_at: pausedAt })
    .where("id", "=", id)
    .where("removed_at", "is", null)
    .where("paused_at", pausedAt === null ? "is not" : "is", null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export function eventsOf(subscription: WebhookSubscription): string[] {
  const events = JSON.parse(subscription.events) as unknown;
  return Array.isArray(events) ? events.filter((event) => typeof event === "string") : [];
}
