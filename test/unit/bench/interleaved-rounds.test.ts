// The expired-rows bench alternates empty and loaded rounds so that neither warm-up nor the order
// of measurement decides its ratio, and every loop in it stops at its count or its deadline.
import { describe, expect, it } from "vitest";
import {
  measureInterleaved,
  median,
  medianLatency,
  roundOrder,
  type State,
} from "../../../bench/interleaved-rounds.ts";

describe("alternating rounds", () => {
  it("lead with each state in half the rounds", () => {
    const order = roundOrder(6);
    expect(order).toEqual(
      ["empty", "loaded", "loaded", "empty", "empty", "loaded"].concat([
        "loaded",
        "empty",
        "empty",
        "loaded",
        "loaded",
        "empty",
      ]),
    );
    const leaders = Array.from({ length: 6 }, (_, round) => order[round * 2]);
    expect(leaders.filter((state) => state === "empty")).toHaveLength(3);
  });

  it("measure each state with the rows loaded exactly when it says loaded, and end unloaded", async () => {
    let loaded = false;
    const calls: string[] = [];
    const seen: Array<[State, boolean]> = [];
    await measureInterleaved({
      rounds: 4,
      names: ["figure"],
      load: () => {
        expect(loaded).toBe(false);
        loaded = true;
        calls.push("load");
        return Promise.resolve();
      },
      unload: () => {
        expect(loaded).toBe(true);
        loaded = false;
        calls.push("unload");
        return Promise.resolve();
      },
      measure: (state) => {
        seen.push([state, loaded]);
        return Promise.resolve({ figure: 1 });
      },
    });
    expect(seen.every(([state, rows]) => rows === (state === "loaded"))).toBe(true);
    expect(seen).toHaveLength(8);
    // ABBA: one load serves two loaded rounds in a row.
    expect(calls).toEqual(["load", "unload", "load", "unload"]);
    expect(loaded).toBe(false);
  });

  it("do not let a slow first round decide the ratio", async () => {
    let measured = 0;
    const result = await measureInterleaved({
      rounds: 6,
      names: ["latency"],
      load: () => Promise.resolve(),
      unload: () => Promise.resolve(),
      // Warm-up: the first two measurements are ten times slower, whatever the state.
      measure: () => {
        measured += 1;
        return Promise.resolve({ latency: measured <= 2 ? 10 : 1 });
      },
    });
    expect(result.figures.latency.empty.rounds).toEqual([10, 1, 1, 1, 1, 1]);
    expect(result.figures.latency.loaded.rounds).toEqual([10, 1, 1, 1, 1, 1]);
    expect(result.figures.latency.empty.median).toBe(1);
    expect(result.figures.latency.loaded.median).toBe(1);
  });

  it("keep each figure's rounds apart and take the median of their medians", async () => {
    let round = 0;
    const result = await measureInterleaved({
      rounds: 2,
      names: ["a", "b"],
      load: () => Promise.resolve(),
      unload: () => Promise.resolve(),
      measure: (state) => {
        round += 1;
        return Promise.resolve({ a: round, b: state === "loaded" ? 100 : 50 });
      },
    });
    // Order: empty, loaded, loaded, empty.
    expect(result.figures.a.empty.rounds).toEqual([1, 4]);
    expect(result.figures.a.loaded.rounds).toEqual([2, 3]);
    expect(result.figures.a.loaded.median).toBe(2.5);
    expect(result.figures.b.loaded.median).toBe(100);
    expect(result.figures.b.empty.median).toBe(50);
  });

  it("refuse an odd number of rounds, where one state would lead more often", async () => {
    for (const rounds of [0, 1, 3]) {
      await expect(
        measureInterleaved({
          rounds,
          names: ["x"],
          load: () => Promise.resolve(),
          unload: () => Promise.resolve(),
          measure: () => Promise.resolve({ x: 1 }),
        }),
      ).rejects.toThrow(/even number/);
    }
  });
});

describe("the median latency of one request", () => {
  it("stops at its sample count", async () => {
    let calls = 0;
    const measured = await medianLatency(
      () => {
        calls += 1;
        return Promise.resolve();
      },
      { samples: 9, deadlineMs: 60_000 },
    );
    expect(calls).toBe(9);
    expect(measured.samples).toBe(9);
    expect(measured.median).toBeGreaterThanOrEqual(0);
  });

  it("stops at its deadline, and says so when no sample was taken", async () => {
    let calls = 0;
    await expect(
      medianLatency(
        () => {
          calls += 1;
          return Promise.resolve();
        },
        { samples: 1_000_000, deadlineMs: 0 },
      ),
    ).rejects.toThrow(/deadline passed/);
    expect(calls).toBe(0);
  });

  it("is the middle value, or the mean of the two middle ones", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
