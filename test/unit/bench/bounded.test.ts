// The bench's bounded loop (bench/bounded.ts): it stops at its count with calls in flight, and
// makes no call once its deadline has passed.
import { describe, expect, it } from "vitest";
import { bounded } from "../../../bench/bounded.ts";

describe("a bounded bench loop", () => {
  it("makes exactly its count of calls, however many are in flight", async () => {
    let calls = 0;
    const results = await bounded(8, 21, 60_000, () => Promise.resolve((calls += 1)));
    expect(calls).toBe(21);
    expect([...results].sort((a, b) => a - b)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
  });

  it("makes no call once its deadline has passed", async () => {
    let calls = 0;
    await expect(bounded(4, 100, 0, () => Promise.resolve((calls += 1)))).resolves.toEqual([]);
    expect(calls).toBe(0);
  });
});
