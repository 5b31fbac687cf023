import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { retryDelayMs } from "../../../../main/core/retry-backoff.ts";

describe("retry backoff", () => {
  it("grows from 2 s to a one-minute ceiling", () => {
    const middle = () => 0.5;
    expect([1, 2, 3, 4, 5, 6, 50].map((attempt) => retryDelayMs(attempt, middle))).toEqual([
      2_000, 5_000, 10_000, 30_000, 60_000, 60_000, 60_000,
    ]);
  });

  it("stays within ±20 % of the step for any randomness and any attempt count", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -5, max: 10_000 }),
        fc.double({ min: 0, max: 0.9999, noNaN: true }),
        (attempt, r) => {
          const delay = retryDelayMs(attempt, () => r);
          expect(delay).toBeGreaterThanOrEqual(1_600);
          expect(delay).toBeLessThanOrEqual(72_000);
        },
      ),
    );
  });
});
