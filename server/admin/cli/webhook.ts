// `gatehouse-admin webhook …`: subscribe a URL to audit events (the signing secret printed once),
// list and remove subscriptions, queue a test event and read a subscription's delivery log.
import { parseArgs } from "node:util";
import { eventsOf, listWebhookSubscriptions } from "../../audit/webhook-subscriptions.ts";
import { systemClock, systemRandom } from "../../lib/clock.ts";
import { resolveSecretKey } from "../../storage/server-key.ts";
import {
  removeWebhook,
  sendTestWebhook,
  subscribeWebhook,
  webhookDeliveries,
} from "../webhook-admin.ts";
import { cliActor, UsageError, type AdminIo } from "./io.ts";

export const webhookUsage = `  webhook create --url URL [--events EVENT[,EVENT…]]
                                           (default every event; the signing secret is shown once)
  webhook list
  webhook remove WEBHOOK_ID
  webhook test                             (queues a webhook.test event for every subscription to it)
  webhook deliveries WEBHOOK_ID            (the last 50, newest first)`;

export async function runWebhookCommand(argv: string[], io: AdminIo): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv.slice(1),
    allowPositionals: true,
    options: { url: { type: "string" }, events: { type: "string" } },
  });
  const [verb = "", target] = positionals;
  const actor = cliActor(io);
  const config = io.config ?? { mode: "production" as const, secretKey: undefined };
  switch (verb) {
    case "create": {
      const key = await resolveSecretKey({
        db: io.db,
        clock: systemClock,
        random: systemRandom,
        config,
      });
      const created = await subscribeWebhook(actor, systemRandom, {
        url: values.url ?? "",
        events: parseEvents(values.events),
        key,
        production: config.mode === "production",
      });
      if (!created.ok) {
        throw new UsageError(created.reason);
      }
      io.print(`Webhook ${created.id} sends audit events to ${created.url}.`);
      io.print(`Signing secret (shown once; Standard Webhooks format): ${created.secret}`);
      return;
    }
    case "list": {
      const subscriptions = await listWebhookSubscriptions(io.db);
      if (subscriptions.length === 0) {
        io.print("No webhooks are set up.");
      }
      for (const subscription of subscriptions) {
        io.print([subscription.id, subscription.url, eventsOf(subscription).join(",")].join("\t"));
      }
      return;
    }
    case "remove": {
      const id = requiredId(target);
      if (!(await removeWebhook(actor, id))) {
        throw new UsageError(`No webhook has the id ${id}.`);
      }
      io.print(`Removed webhook ${id}; its undelivered events are dropped.`);
      return;
    }
    case "test":
      await sendTestWebhook(actor);
      io.print("Queued a webhook.test event; it is delivered within seconds.");
      return;
    case "deliveries": {
      for (const delivery of await webhookDeliveries(io.db, requiredId(target))) {
        const state =
          delivery.delivered_at !== null
            ? `delivered ${new Date(Number(delivery.delivered_at)).toISOString()}`
            : delivery.failed_at !== null
              ? "given up"
              : `pending, next try ${new Date(Number(delivery.next_attempt_at)).toISOString()}`;
        io.print(
          [
            delivery.id,
            delivery.event_type,
            state,
            `${delivery.attempts} attempts`,
            delivery.last_error ?? "",
          ].join("\t"),
        );
      }
      return;
    }
    default:
      throw new UsageError(`Unknown command "webhook ${verb}".\n\n${webhookUsage}`);
  }
}

function parseEvents(value: string | undefined): string[] {
  return value === undefined
    ? ["*"]
    : [...new Set(value.split(",").map((event) => event.trim()))].filter(Boolean);
}

function requiredId(value: string | undefined): string {
  if (value === undefined || value === "") {
    throw new UsageError("Give a webhook id.");
  }
  return value;
}
