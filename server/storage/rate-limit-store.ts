// Rate-limit counters (docs/admin.md, "Several instances"): fixed windows that open at a key's
// first request and last `windowMilliseconds`; the store is chosen per database in
// rate-limit-store-for-database.ts.

/** One key's count in its current window, this request included. */
export type RateLimitCount = { key: string; hits: number; resetsAt: number };

export interface RateLimitStore {
  /** Counts one request against every key, in one round trip; returns each key's count. */
  hit(keys: readonly string[], windowMilliseconds: number, now: number): Promise<RateLimitCount[]>;
  /** Forgets the windows that ended by `now`. */
  sweep(now: number): Promise<void>;
}
