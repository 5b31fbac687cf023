// Runs the webhook outbox on a timer, from ready to close: every few seconds one instance (the one
// that gets the job lock) delivers what is due. The server key is resolved at each pass, so a
// demo server's generated key is read once it exists.
import type { ServerConfig } from "../config/config.ts";
import type { Clock, Random } from "../lib/clock.ts";
import type { Db } from "../storage/database.ts";
import { resolveSecretKey } from "../storage/server-key.ts";
import { deliverWebhooks } from "./webhook-delivery.ts";

export const webhookPassIntervalMs = 5_000;

export function scheduleWebhookDelivery(context: {
  db: Db;
  clock: Clock;
  random: Random;
  config: Pick<ServerConfig, "mode" | "secretKey">;
  onError: (error: unknown) => void;
}): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const pass = async () => {
    try {
      await deliverWebhooks({ ...context, key: await resolveSecretKey(context) });
    } catch (error) {
      context.onError(error);
    }
  };
  const timer = setInterval(() => {
    running = running.then(pass);
  }, webhookPassIntervalMs);
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
      return running;
    },
  };
}
