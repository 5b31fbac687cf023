import { describe, expect, it } from "vitest";
import { createManualClock, systemRandom } from "../../../../server/lib/clock.ts";

describe("the injected clock and randomness", () => {
  it("lets a test move time instead of sleeping", () => {
    const clock = createManualClock(1_000);
    expect(clock.now()).toBe(1_000);
    clock.advance(12 * 3_600_000);
    expect(clock.now()).toBe(1_000 + 12 * 3_600_000);
  });

  it("starts a manual clock at a fixed, readable instant", () => {
    expect(new Date(createManualClock().now()).toISOString()).toBe("2026-01-05T09:00:00.000Z");
  });

  it("gives the number of random bytes asked for, different each time", () => {
    expect(systemRandom.bytes(20)).toHaveLength(20);
    expect(systemRandom.bytes(20).equals(systemRandom.bytes(20))).toBe(false);
  });
});
