// Time and randomness are injected everywhere so tests can move the clock instead of sleeping.
import { randomBytes } from "node:crypto";

export type Clock = { now(): number };

export type Random = { bytes(length: number): Buffer };

export const systemClock: Clock = { now: () => Date.now() };

export const systemRandom: Random = { bytes: (length) => randomBytes(length) };

/** A clock a test can move forward; starts at a fixed, readable instant. */
export function createManualClock(start = Date.UTC(2026, 0, 5, 9, 0, 0)): Clock & {
  advance(milliseconds: number): void;
} {
  let current = start;
  return {
    now: () => current,
    advance: (milliseconds) => {
      current += milliseconds;
    },
  };
}
