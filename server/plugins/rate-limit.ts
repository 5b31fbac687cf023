// Throttling of the routes that take guesses or send mail (docs/design.md §1.1: "per-address
// throttling protects everyone else"): each request counts against its client address and, where
// the request names one, its account, both in one round trip to the store — the database on
// PostgreSQL, so the limit holds across every instance (docs/admin.md, "Several instances"); the
// process's memory for a single instance on SQLite. Over the limit: 429 with Retry-After.
import { createHash } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from "fastify";
import { AppError } from "../errors.ts";
import type { Clock } from "../lib/clock.ts";
import type { RateLimitStore } from "../storage/rate-limit-store.ts";

export type RateLimitRule = {
  max: number;
  windowMilliseconds: number;
  /**
   * Count per API token instead of per address and account (api-token-access.ts): only requests
   * whose token was admitted are counted, so a guessed token never uses up a genuine one's limit.
   */
  perApiToken?: true;
  /**
   * Count per desktop app instead of per address and account: the device the body's device proof
   * names, together with the address (a request naming someone else's device from another
   * network never uses up that device's limit). For the desktop app's long polls, which would
   * otherwise share the sign-in limit with everyone behind the same address.
   */
  perDevice?: true;
  /**
   * Count per pending sign-in instead of per address and account: the login flow (or an app
   * launch's step-up) the browser's cookie names — its id, not yet proven — together with the
   * address. For the browser's own long poll while the desktop app approves, which takes no
   * guess and would otherwise share the per-address limit with every browser behind it.
   */
  perPendingSignIn?: true;
};

declare module "fastify" {
  interface FastifyContextConfig {
    rateLimit?: RateLimitRule;
  }
}

export type RateLimitOptions = {
  store: RateLimitStore;
  clock: Clock;
  /** The account a request acts for, from its body or cookies (rate-limit-account.ts). */
  accountOf(request: FastifyRequest): Promise<string | undefined>;
  /** The pending sign-in the request's cookies name, if any (rate-limit-account.ts). */
  pendingSignInOf(request: FastifyRequest): string | undefined;
};

/** Route config for the desktop app's calls that carry a device proof: `max` per minute per device. */
export function deviceRateLimit(max: number): { rateLimit: RateLimitRule } {
  return { rateLimit: { max, windowMilliseconds: 60_000, perDevice: true } };
}

/** Route config for the browser's wait for the desktop app: `max` per minute per pending sign-in. */
export function pendingSignInRateLimit(max: number): { rateLimit: RateLimitRule } {
  return { rateLimit: { max, windowMilliseconds: 60_000, perPendingSignIn: true } };
}

const hashed = (value: string) => createHash("sha256").update(value).digest("hex");

/** The device a request's body names in its device proof; checked for shape only (not yet valid). */
function claimedDeviceOf(request: FastifyRequest): string | undefined {
  const body = request.body as { deviceProof?: { deviceId?: unknown } } | null | undefined;
  const deviceId = body?.deviceProof?.deviceId;
  return typeof deviceId === "string" ? deviceId : undefined;
}

/** Route config for credential-guessing surfaces: `max` requests per minute per address and account. */
export function signInRateLimit(max: number): { rateLimit: RateLimitRule } {
  return { rateLimit: { max, windowMilliseconds: 60_000 } };
}

export function registerRateLimit(app: FastifyInstance, options: RateLimitOptions): void {
  app.addHook("onRoute", (route: RouteOptions) => {
    const rule = route.config?.rateLimit;
    if (rule === undefined) {
      return;
    }
    const bucket = `${String(route.method)} ${route.url}`;
    const keysOf = async (request: FastifyRequest): Promise<string[]> => {
      if (rule.perApiToken === true) {
        return request.apiToken === undefined ? [] : [`api-token|${request.apiToken.id}`];
      }
      if (rule.perDevice === true) {
        return [`${bucket}|device|${hashed(claimedDeviceOf(request) ?? "")}|ip|${request.ip}`];
      }
      if (rule.perPendingSignIn === true) {
        const pending = hashed(options.pendingSignInOf(request) ?? "");
        return [`${bucket}|pending|${pending}|ip|${request.ip}`];
      }
      const account = await options.accountOf(request);
      const keys = [`${bucket}|ip|${request.ip}`];
      if (account !== undefined) {
        keys.push(`${bucket}|account|${hashed(account)}`);
      }
      return keys;
    };
    const check = async (request: FastifyRequest, reply: FastifyReply) => {
      const keys = await keysOf(request);
      if (keys.length === 0) {
        return;
      }
      const now = options.clock.now();
      const counts = await options.store.hit(keys, rule.windowMilliseconds, now);
      const over = counts.filter((count) => count.hits > rule.max);
      if (over.length > 0) {
        const resetsAt = Math.max(...over.map((count) => count.resetsAt));
        reply.header("retry-after", String(Math.max(1, Math.ceil((resetsAt - now) / 1000))));
        throw new AppError("RATE_LIMITED", "Too many requests. Try again shortly.", undefined, {
          retryAt: resetsAt,
        });
      }
    };
    // Before validation and every preHandler: a throttled request is refused before any work of
    // the route; the body is parsed by then (its email). The app-level access check
    // (authentication.ts) runs first, so a per-token limit counts only tokens proven genuine.
    const existing = route.preValidation ?? [];
    route.preValidation = [check, ...(Array.isArray(existing) ? existing : [existing])];
  });
}
