// Calls of the console's automation screens: API tokens and audit webhooks (docs/api.md). Types
// come from the server's schemas; minting, revoking, subscribing, pausing and removing ask for a
// recent verification when the server wants one.
import { getJson, postJson, postNoContent } from "../../lib/http.ts";
import { withRecentVerification } from "../../stores/recent-verification.ts";
import type {
  ApiScope,
  ApiTokenList,
  ApiTokenView,
  CreatedApiToken,
} from "../../../server/schemas/api-tokens.ts";
import type {
  CreatedWebhook,
  WebhookAttemptList,
  WebhookAttemptView,
  WebhookDeliveryList,
  WebhookList,
  WebhookView,
} from "../../../server/schemas/webhooks.ts";

export type { ApiScope, ApiTokenView, WebhookAttemptView, WebhookView };
export type WebhookDeliveryView = WebhookDeliveryList["deliveries"][number];

const webhook = (id: string, rest: string) => `admin/webhooks/${encodeURIComponent(id)}/${rest}`;

export const listApiTokens = async (): Promise<ApiTokenView[]> =>
  (await getJson<ApiTokenList>("admin/api-tokens")).tokens;

export const createApiToken = (body: { name: string; scopes: ApiScope[]; validDays: number }) =>
  withRecentVerification(() => postJson<CreatedApiToken>("admin/api-tokens", body));

export const revokeApiToken = (id: string) =>
  withRecentVerification(() => postNoContent(`admin/api-tokens/${encodeURIComponent(id)}/revoke`));

export const listWebhooks = async (): Promise<WebhookView[]> =>
  (await getJson<WebhookList>("admin/webhooks")).webhooks;

export const createWebhook = (body: { url: string; events: string[] }) =>
  withRecentVerification(() => postJson<CreatedWebhook>("admin/webhooks", body));

export const pauseWebhook = (id: string) =>
  withRecentVerification(() => postNoContent(webhook(id, "pause")));

export const resumeWebhook = (id: string) => postNoContent(webhook(id, "resume"));

export const removeWebhook = (id: string) =>
  withRecentVerification(() => postNoContent(webhook(id, "remove")));

export const sendTestEvent = (id: string) => postNoContent(webhook(id, "test"));

export const listWebhookAttempts = async (id: string): Promise<WebhookAttemptView[]> =>
  (await getJson<WebhookAttemptList>(webhook(id, "attempts"))).attempts;

export const listWebhookDeliveries = async (id: string): Promise<WebhookDeliveryView[]> =>
  (await getJson<WebhookDeliveryList>(webhook(id, "deliveries"))).deliveries;
