// /api/admin/webhooks: audit webhook subscriptions — list, subscribe (the signing secret shown
// once), pause, resume, remove, queue a test event (to all, or to one), the delivery log and its
// attempts. For signed-in admins only: a token must not be able to redirect the audit stream; what
// could silence or redirect it (subscribe, pause, remove) wants a verification in the last 5 minutes.
import {
  pauseWebhook,
  removeWebhook,
  sendTestWebhook,
  subscribeWebhook,
  webhookAttempts,
  webhookDeliveries,
} from "../../admin/webhook-admin.ts";
import { eventsOf, listWebhookSubscriptions } from "../../audit/webhook-subscriptions.ts";
import { AppError } from "../../errors.ts";
import { EmptyObject } from "../../schemas/common.ts";
import {
  CreatedWebhook,
  CreateWebhookBody,
  WebhookAttemptList,
  WebhookDeliveryList,
  WebhookIdParams,
  WebhookList,
} from "../../schemas/webhooks.ts";
import { resolveSecretKey } from "../../storage/server-key.ts";
import type {
  WebhookAttempt,
  WebhookDelivery,
  WebhookSubscription,
} from "../../storage/webhooks-schema.ts";
import { errorReplies, noContent, type RouteModule } from "../route-module.ts";
import { adminActorOf, adminOnly, adminSensitive } from "./admin-actor.ts";

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
      config: adminSensitive,
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

  const idOnly = {
    params: WebhookIdParams,
    body: EmptyObject,
    response: { 204: noContent, ...errorReplies },
  };
  const notFound = () => new AppError("NOT_FOUND", "No webhook has that id.");

  for (const [action, paused] of [
    ["pause", true],
    ["resume", false],
  ] as const) {
    app.post(
      `/api/admin/webhooks/:id/${action}`,
      { config: paused ? adminSensitive : config, schema: idOnly },
      async (request, reply) => {
        if (!(await pauseWebhook(adminActorOf(context, request), request.params.id, paused))) {
          throw new AppError(
            "NOT_FOUND",
            paused ? "No running webhook has that id." : "No paused webhook has that id.",
          );
        }
        return reply.status(204).send(null);
      },
    );
  }

  app.post("/api/admin/webhooks/:id/test", { config, schema: idOnly }, async (request, reply) => {
    const known = (await listWebhookSubscriptions(context.db)).some(
      (subscription) => subscription.id === request.params.id,
    );
    if (!known) {
      throw notFound();
    }
    await sendTestWebhook(adminActorOf(context, request), request.params.id);
    return reply.status(204).send(null);
  });

  app.get(
    "/api/admin/webhooks/:id/attempts",
    {
      config,
      schema: { params: WebhookIdParams, response: { 200: WebhookAttemptList, ...errorReplies } },
    },
    async (request) => ({
      attempts: (await webhookAttempts(context.db, request.params.id)).map(attemptView),
    }),
  );

  app.post(
    "/api/admin/webhooks/:id/remove",
    {
      config: adminSensitive,
      schema: {
        params: WebhookIdParams,
        body: EmptyObject,
        response: { 204: noContent, ...errorReplies },
      },
    },
    async (request, reply) => {
      if (!(await removeWebhook(adminActorOf(context, request), request.params.id))) {
        throw notFound();
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
    pausedAt: iso(subscription.paused_at),
  };
}

function attemptView(attempt: WebhookAttempt) {
  return {
    id: attempt.id,
    deliveryId: attempt.delivery_id,
    eventType: attempt.event_type,
    attemptedAt: new Date(Number(attempt.attempted_at)).toISOString(),
    statusCode: attempt.status_code === null ? null : Number(attempt.status_code),
    error: attempt.error,
    nextAttemptAt: iso(attempt.next_attempt_at),
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
