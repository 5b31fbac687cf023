// Per-IP throttling (docs/design.md §1.1: "per-address throttling protects everyone else") with
// @fastify/rate-limit: 429 with Retry-After. Counters are per instance, in memory; the lockout
// counter in the database is what holds across instances.
import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance } from "fastify";

export async function registerRateLimit(app: FastifyInstance): Promise<void> {
  // Off by default; routes that take guesses opt in with signInRateLimit().
  await app.register(rateLimit, { global: false });
}

/** Route config for credential-guessing surfaces: `max` requests per IP per minute. */
export function signInRateLimit(max: number) {
  return { rateLimit: { max, timeWindow: 60_000 } };
}
