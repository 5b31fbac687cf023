// What every route needs, created once per server and passed in explicitly (no globals), so
// tests can swap the clock, the randomness or the database.
import type { ServerConfig } from "./config/config.ts";
import type { Clock, Random } from "./lib/clock.ts";
import type { StepUpFactors } from "./launch/step-up-factors.ts";
import type { Mailer } from "./mail/mailer.ts";
import type { ChangeChannel } from "./storage/change-channel.ts";
import type { AnnounceChange } from "./storage/change-topics.ts";
import type { Db } from "./storage/database.ts";

export type ServerContext = {
  config: ServerConfig;
  db: Db;
  clock: Clock;
  random: Random;
  /** Outgoing mail; buildApp makes one from the config when none is given. */
  mailer?: Mailer;
  /** Background sweeps (expiry reminders); tests turn them off and call the sweep themselves. */
  scheduleJobs?: boolean;
  /** Second factors for per-app MFA at launch; absent: none can be enrolled yet (see the port). */
  stepUpFactors?: StepUpFactors;
  /** Change notification across instances; buildApp opens one when none is given. */
  changes?: ChangeChannel;
};

/** Publishes on the server's change channel (every instance, this one at once). */
export function announceOn(context: ServerContext): AnnounceChange {
  return async (topic) => {
    await context.changes?.publish(topic);
  };
}
