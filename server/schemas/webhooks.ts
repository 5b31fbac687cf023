// Request and response shapes of /api/admin/webhooks: audit webhook subscriptions and their
// delivery log.
import { Type, type Static } from "typebox";
import { Identifier } from "./strings.ts";

/** An audit event name (`user.created`), or "*" for every event. */
const EventName = Type.String({
  minLength: 1,
  maxLength: 64,
  pattern: "^(\\*|[a-z_]+\\.[a-z_]+)$",
});

export const WebhookView = Type.Object({
  id: Type.String(),
  url: Type.String(),
  events: Type.Array(Type.String()),
  createdAt: Type.String({ format: "date-time" }),
  /** When it was paused (its events wait in the outbox), or null while it delivers. */
  pausedAt: Type.Union([Type.String({ format: "date-time" }), Type.Null()]),
});
export type WebhookView = Static<typeof WebhookView>;

export const WebhookList = Type.Object({ webhooks: Type.Array(WebhookView) });
export type WebhookList = Static<typeof WebhookList>;

export const CreateWebhookBody = Type.Object(
  {
    url: Type.String({ minLength: 1, maxLength: 2048, pattern: "^[\\x21-\\x7e]+$" }),
    events: Type.Optional(Type.Array(EventName, { minItems: 1, maxItems: 100, uniqueItems: true })),
  },
  { additionalProperties: false },
);
export type CreateWebhookBody = Static<typeof CreateWebhookBody>;

export const CreatedWebhook = Type.Object({
  webhook: WebhookView,
  /** Shown once: the Standard Webhooks signing secret (`whsec_…`). */
  secret: Type.String(),
});
export type CreatedWebhook = Static<typeof CreatedWebhook>;

export const WebhookIdParams = Type.Object({ id: Identifier() }, { additionalProperties: false });
export type WebhookIdParams = Static<typeof WebhookIdParams>;

export const WebhookDeliveryView = Type.Object({
  id: Type.String(),
  eventType: Type.String(),
  state: Type.Union([Type.Literal("delivered"), Type.Literal("pending"), Type.Literal("given_up")]),
  attempts: Type.Integer(),
  createdAt: Type.String({ format: "date-time" }),
  deliveredAt: Type.Union([Type.String({ format: "date-time" }), Type.Null()]),
  nextAttemptAt: Type.Union([Type.String({ format: "date-time" }), Type.Null()]),
  lastError: Type.Union([Type.String(), Type.Null()]),
});
export type WebhookDeliveryView = Static<typeof WebhookDeliveryView>;

export const WebhookDeliveryList = Type.Object({ deliveries: Type.Array(WebhookDeliveryView) });
export type WebhookDeliveryList = Static<typeof WebhookDeliveryList>;

/** One try at sending an event: its answer (status code) or the error, and the retry it set. */
export const WebhookAttemptView = Type.Object({
  id: Type.String(),
  deliveryId: Type.String(),
  eventType: Type.String(),
  attemptedAt: Type.String({ format: "date-time" }),
  statusCode: Type.Union([Type.Integer(), Type.Null()]),
  error: Type.Union([Type.String(), Type.Null()]),
  nextAttemptAt: Type.Union([Type.String({ format: "date-time" }), Type.Null()]),
});
export type WebhookAttemptView = Static<typeof WebhookAttemptView>;

export const WebhookAttemptList = Type.Object({ attempts: Type.Array(WebhookAttemptView) });
export type WebhookAttemptList = Static<typeof WebhookAttemptList>;
