// /api/admin/webhooks: audit webhook subscriptions — list, subscribe (the signing secret shown
// once), remove, queue a test event, and the delivery log. For signed-in admins only: a token must
// not be able to redirect the audit stream.
import {
  removeWebhook,
  sendTestWebhook,
  subscribeWebhook,
  webhookDeliveries,
} from "../../admin/webhook-admin.ts";
import { eventsOf, listWebhookSubscriptions } from "../../audit/webhook-subscriptions.ts";
import { AppError } from "../../errors.ts";
import { EmptyObject } from "../../schemas/common.ts";
import {
  CreatedWebhook,
  CreateWebhookBody,
  WebhookDeliveryList,
  WebhookIdParams,
  WebhookList,
} from "../../schemas/webhooks.ts";
import { resolveSecretKey } from "../../storage/server-key.ts";
import type { WebhookDelivery, WebhookSubscription } from "../../storage/webhooks-schema.ts";
import { errorReplies, noContent, type RouteModule } from "../route-module.ts";
import { adminActorOf, adminOnly } from "./admin-actor.ts";

const iso = (time: number | null) => (time === null ? null : new Date(Number(time)).toISOString());

export const adminWebhookRoutes: RouteModule = (app, context) => {
  const config = adminOnly;

  app.get(
    "/api/admin/webhooks",
    { config, schema: { response: { 200: WebhookList, ...errorReplies } } },
    async () => ({ webhooks: (await listWebhookSubscriptions(context.db)).map(webhookView) }),
  );

  app.post(
    "/api/admin/webhooks",
    {
      config,
      schema: { body: CreateWebhookBody, response: { 200: CreatedWebhook, ...errorReplies } },
    },
    async (request) => {
      const created = await subscribeWebhook(adminActorOf(context, request), context.random, {
        url: request.body.url,
        events: request.body.events ?? ["*"],
        key: await resolveSecretKey(context),
        production: context.config.mode === "production",
      });
      if (!created.ok) {
        throw new AppError("VALIDATION_FAILED", created.reason, created.field);
      }
      const [subscription] = (await listWebhookSubscriptions(context.db)).filter(
        (entry) => entry.id === created.id,
      );
      if (subscription === undefined) {
        throw new Error("A webhook just created is missing");
      }
      return { webhook: webhookView(subscription), secret: created.secret };
    },
  );

  app.post(
    "/api/admin/webhooks/:id/remove",
    {
      config,
      schema: {
        params: WebhookIdParams,
        body: EmptyObject,
        response: { 204: noContent, ...errorReplies },
      },
    },
    async (request, reply) => {
      if (!(await removeWebhook(adminActorOf(context, request), request.params.id))) {
        throw new AppError("NOT_FOUND", "No webhook has that id.");
      }
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/admin/webhooks/test",
    { config, schema: { body: EmptyObject, response: { 204: noContent, ...errorReplies } } },
    async (request, reply) => {
      await sendTestWebhook(adminActorOf(context, request));
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/admin/webhooks/:id/deliveries",
    {
      config,
      schema: { params: WebhookIdParams, response: { 200: WebhookDeliveryList, ...errorReplies } },
    },
    async (request) => ({
      deliveries: (await webhookDeliveries(context.db, request.params.id)).map(deliveryView),
    }),
  );
};

function webhookView(subscription: WebhookSubscription) {
  return {
    id: subscription.id,
    url: subscription.url,
    events: eventsOf(subscription),
    createdAt: new Date(Number(subscription.created_at)).toISOString(),
  };
}

function deliveryView(delivery: WebhookDelivery) {
  const state =
    delivery.delivered_at !== null
      ? ("delivered" as const)
      : delivery.failed_at !== null
        ? ("given_up" as const)
        : ("pending" as const);
  return {
    id: delivery.id,
    eventType: delivery.event_type,
    state,
    attempts: delivery.attempts,
    createdAt: new Date(Number(delivery.created_at)).toISOString(),
    deliveredAt: iso(delivery.delivered_at),
    nextAttemptAt: state === "pending" ? iso(delivery.next_attempt_at) : null,
    lastError: delivery.last_error,
  };
}
