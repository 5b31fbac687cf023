// Rate-limit windows in this process's memory: right for a single instance (SQLite), where a
// database write per sign-in request would only add contention.
import type { RateLimitCount, RateLimitStore } from "./rate-limit-store.ts";

export function countInMemory(): RateLimitStore {
  const windows = new Map<string, { hits: number; resetsAt: number }>();
  return {
    hit(keys, windowMilliseconds, now) {
      const counts = [...new Set(keys)].map((key): RateLimitCount => {
        const current = windows.get(key);
        const window =
          current !== undefined && current.resetsAt > now
            ? { hits: current.hits + 1, resetsAt: current.resetsAt }
            : { hits: 1, resetsAt: now + windowMilliseconds };
        windows.set(key, window);
        return { key, ...window };
      });
      return Promise.resolve(counts);
    },
    sweep(now) {
      for (const [key, window] of windows) {
        if (window.resetsAt <= now) {
          windows.delete(key);
        }
      }
      return Promise.resolve();
    },
  };
}
