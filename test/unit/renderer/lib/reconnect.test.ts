import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  keepPolling,
  reconnectCapMs,
  reconnectDelayMs,
} from "../../../../renderer/lib/reconnect.ts";

/** A window whose polls answer as scripted, on a manual clock that pauses only move. */
function scriptedWindow(outcomes: boolean[], random = () => 0.5) {
  const clock = { now: 0 };
  const pauses: number[] = [];
  const pollTimes: number[] = [];
  let stopped = false;
  const loop = {
    poll: () => {
      pollTimes.push(clock.now);
      const outcome = outcomes.shift();
      if (outcomes.length === 0) {
        stopped = true;
      }
      return Promise.resolve(outcome ?? true);
    },
    pause: (ms: number) => {
      pauses.push(ms);
      clock.now += ms;
      return Promise.resolve();
    },
    random,
    stopped: () => stopped,
  };
  return { loop, clock, pauses, pollTimes, stop: () => (stopped = true) };
}

describe("the approval window's reconnect backoff", () => {
  it("doubles from 1 s with each failure in a row and stops growing at one minute", () => {
    const lowest = () => 0;
    const highest = () => 0.999_999;
    expect([1, 2, 3, 4, 5, 6, 7, 8, 40].map((n) => reconnectDelayMs(n, lowest))).toEqual([
      500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000,
    ]);
    expect([1, 2, 3, 7, 40].map((n) => reconnectDelayMs(n, highest))).toEqual([
      1_000, 2_000, 4_000, 60_000, 60_000,
    ]);
  });

  it("keeps every pause between half its step and the cap, for any randomness and count", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -3, max: 100_000 }),
        fc.double({ min: 0, max: 0.999_999, noNaN: true }),
        (failures, r) => {
          const delay = reconnectDelayMs(failures, () => r);
          expect(delay).toBeGreaterThanOrEqual(500);
          expect(delay).toBeLessThanOrEqual(reconnectCapMs);
        },
      ),
    );
  });

  it("spreads a crowd of windows that failed together over the jitter range", () => {
    const delays = new Set(
      Array.from({ length: 50 }, (_, index) => reconnectDelayMs(5, () => index / 50)),
    );
    expect(delays.size).toBe(50);
  });

  it("asks again at once after a success, and after failures waits longer each time", async () => {
    const window = scriptedWindow([true, false, false, false, true, true]);
    await keepPolling(window.loop);
    expect(window.pauses).toEqual([750, 1_500, 3_000]);
    expect(window.pollTimes).toEqual([0, 0, 750, 2_250, 5_250, 5_250]);
  });

  it("starts again from the shortest pause after a success", async () => {
    const window = scriptedWindow([false, false, false, true, false, false, true]);
    await keepPolling(window.loop);
    expect(window.pauses).toEqual([750, 1_500, 3_000, 750, 1_500]);
  });

  it("never waits longer than the cap however long the portal stays away", async () => {
    const window = scriptedWindow([...Array<boolean>(30).fill(false), true], () => 0.999_999);
    await keepPolling(window.loop);
    expect(Math.max(...window.pauses)).toBe(reconnectCapMs);
    expect(window.pauses.slice(-5)).toEqual(Array<number>(5).fill(reconnectCapMs));
  });

  it("stops asking once the window closes, without a last pause", async () => {
    const window = scriptedWindow([false, false, false, false]);
    window.loop.poll = () => {
      window.stop();
      return Promise.resolve(false);
    };
    await keepPolling(window.loop);
    expect(window.pauses).toEqual([]);
  });
});
