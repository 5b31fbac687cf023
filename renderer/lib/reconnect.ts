// How a page keeps a long poll going (issue 17): the desktop app's approval window asking for
// requests, the sign-in page waiting for the desktop app's answer. One long poll after
// another, and after a failure (offline, the portal restarting) a pause that doubles with each
// failure in a row, from 1 s up to a one-minute cap, with jitter so an office of laptops does not
// come back in the same second; a success starts again from the shortest pause. Time (`pause`)
// and randomness are parameters, so tests move a manual clock instead of sleeping.

/** The first pause after a failure, and the longest any pause grows to. */
export const reconnectBaseMs = 1_000;
export const reconnectCapMs = 60_000;

/**
 * The pause after `failures` failures in a row (1 after the first): "equal jitter" — half the
 * exponential step fixed, half random — so it never drops to nothing and never passes the cap.
 * `random` is in [0, 1).
 */
export function reconnectDelayMs(failures: number, random: () => number): number {
  const exponent = Math.min(Math.max(failures, 1) - 1, 16);
  const step = Math.min(reconnectCapMs, reconnectBaseMs * 2 ** exponent);
  return Math.round(step / 2 + (step / 2) * random());
}

export type ReconnectLoop = {
  /** One long poll; false when it failed. */
  poll(): Promise<boolean>;
  /** Resolves after `ms` (or early once stopped). */
  pause(ms: number): Promise<void>;
  random(): number;
  stopped(): boolean;
};

/** Polls until stopped, pausing with growing backoff after failures; reset by every success. */
export async function keepPolling(loop: ReconnectLoop): Promise<void> {
  let failures = 0;
  while (!loop.stopped()) {
    if (await loop.poll()) {
      failures = 0;
      continue;
    }
    failures += 1;
    if (!loop.stopped()) {
      await loop.pause(reconnectDelayMs(failures, () => loop.random()));
    }
  }
}
