// What the server is built from, passed in explicitly (no globals) so tests can swap the clock,
// the randomness or the database; and what start-up resolves from it once, for every plugin and
// route module (docs/design.md §4).
import type { CookiePolicy } from "./auth/cookies.ts";
import type { ServerConfig } from "./config/config.ts";
import type { Site } from "./config/site.ts";
import type { StepUpFactors } from "./launch/step-up-factors.ts";
import type { Clock, Random } from "./lib/clock.ts";
import type { Mailer } from "./mail/mailer.ts";
import type { SsoEngine } from "./sso/sso-engine.ts";
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
  /** Second factors for per-app MFA at launch; absent: the portal's own (see the port). */
  stepUpFactors?: StepUpFactors;
  /** Change notification across instances; buildApp opens one when none is given. */
  changes?: ChangeChannel;
};

/** The context with the configuration resolved once at start-up. */
export type AppContext = {
  config: ServerConfig;
  db: Db;
  clock: Clock;
  random: Random;
  /** The public origin, and whether it is HTTPS. */
  site: Site;
  /** Cookie names and attributes for that origin. */
  cookies: CookiePolicy;
  mailer: Mailer;
  /** The SSO engine (keys, OpenID Provider, SAML signing), built on first use. */
  sso: SsoEngine;
  stepUpFactors: StepUpFactors;
  /** Change notification across instances (storage/change-channel.ts), one per server. */
  changes: ChangeChannel;
};

/** Publishes on the server's change channel (every instance, this one at once). */
export function announceOn({ changes }: Pick<AppContext, "changes">): AnnounceChange {
  return (topic) => changes.publish(topic);
}
