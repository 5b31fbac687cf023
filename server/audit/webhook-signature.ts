// Signs a webhook the Standard Webhooks way (standardwebhooks.com, "Signature scheme"): HMAC-SHA256
// under the subscription's secret (`whsec_` + base64 key) over `id.timestamp.body`, sent as
// `webhook-signature: v1,<base64>` with `webhook-id` and `webhook-timestamp` (Unix seconds), so a
// receiver can refuse a replay outside its tolerance window (5 minutes in the reference library).
import { createHmac } from "node:crypto";
import type { Random } from "../lib/clock.ts";

const secretPrefix = "whsec_";

/** A new signing secret: 24 random bytes, in the format the Standard Webhooks libraries read. */
export function newWebhookSecret(random: Random): string {
  return `${secretPrefix}${random.bytes(24).toString("base64")}`;
}

export function webhookHeaders(
  secret: string,
  message: { id: string; timestampSeconds: number; body: string },
): Record<string, string> {
  const key = Buffer.from(secret.slice(secretPrefix.length), "base64");
  const signed = `${message.id}.${message.timestampSeconds}.${message.body}`;
  const signature = createHmac("sha256", key).update(signed).digest("base64");
  return {
    "content-type": "application/json",
    "webhook-id": message.id,
    "webhook-timestamp": String(message.timestampSeconds),
    "webhook-signature": `v1,${signature}`,
  };
}
