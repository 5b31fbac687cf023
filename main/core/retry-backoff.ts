// How long to wait before trying the portal again after a failed load: quickly at first (a
// Wi-Fi that is still joining), then less often, never more than a minute apart. A little
// jitter keeps a whole office of laptops from retrying in the same second after an outage.

const delaysMs = [2_000, 5_000, 10_000, 30_000, 60_000];
const jitter = 0.2;

/** `attempt` counts the failures so far (1 after the first); `random` is in [0, 1). */
export function retryDelayMs(attempt: number, random: () => number): number {
  const index = Math.min(Math.max(attempt, 1), delaysMs.length) - 1;
  const base = delaysMs[index] ?? 60_000;
  return Math.round(base * (1 - jitter + 2 * jitter * random()));
}

/** How often the offline page asks the OS whether the network came back (a local boolean). */
export const networkPollMs = 3_000;
