// The bench's cold starts (bench/cold-start.ts): every kind once per round, in ABC then CBA
// order, each measured start after one unmeasured start of its kind, and each figure the median
// of that kind's starts — computed from the times the starts report (set here, so the figures
// follow from them alone).
import { describe, expect, it } from "vitest";
import { coldStartOrder, measureColdStarts, type StartKind } from "../../../bench/cold-start.ts";

describe("the bench's cold starts", () => {
  it("start every kind once a round, the order reversed every other round", () => {
    expect(coldStartOrder(3)).toEqual([
      "bundled",
      "sources",
      "minimal",
      "minimal",
      "sources",
      "bundled",
      "bundled",
      "sources",
      "minimal",
    ]);
    expect(coldStartOrder(0)).toEqual([]);
  });

  it("warm each kind once unmeasured, then report each kind's median and its starts", async () => {
    const times: Record<StartKind, number[]> = {
      bundled: [9_999, 700, 650, 900],
      sources: [9_999, 1400, 1500, 1300],
      minimal: [9_999, 420, 400, 380],
    };
    const started: StartKind[] = [];
    const result = await measureColdStarts((kind) => {
      started.push(kind);
      return Promise.resolve(times[kind].shift() ?? Number.NaN);
    }, 3);
    expect(started).toEqual(["bundled", "sources", "minimal", ...coldStartOrder(3)]);
    expect(result).toEqual({
      bundled: { medianMs: 700, startsMs: [700, 650, 900] },
      sources: { medianMs: 1400, startsMs: [1400, 1500, 1300] },
      minimal: { medianMs: 400, startsMs: [420, 400, 380] },
    });
  });

  it("refuse to report a figure of no starts", async () => {
    await expect(measureColdStarts(() => Promise.resolve(1), 0)).rejects.toThrow(/no value/);
  });
});
