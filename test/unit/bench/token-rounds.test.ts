// The token endpoint's rounds (bench/token-rounds.ts): each side's codes split into consecutive
// chunks, redeemed in turns ABBA…, each side's figure the median of its rounds, computed from the
// CPU seconds it reports (set per round here, so the figures follow from them alone).
import { describe, expect, it } from "vitest";
import { alternateTokenRounds, chunksOf, type TokenSide } from "../../../bench/token-rounds.ts";
import type { CodeGrant } from "../../../bench/token-request.ts";

const grantsNamed = (prefix: string, count: number): CodeGrant[] =>
  Array.from({ length: count }, (_, index) => ({ code: `${prefix}${index}`, verifier: "v" }));

/** A side that records what it redeemed and spends `cpuPerRound[n]` CPU seconds in round n. */
function side(name: string, grants: CodeGrant[], cpuPerRound: number[], log: string[]): TokenSide {
  let cpu = 0;
  let round = 0;
  return {
    grants,
    redeem: (chunk) => {
      log.push(`${name}:${chunk.map((grant) => grant.code).join(",")}`);
      cpu += cpuPerRound[round] ?? 0;
      round += 1;
      return Promise.resolve(chunk.length);
    },
    cpuSeconds: () => cpu,
  };
}

describe("the token endpoint's rounds", () => {
  it("split codes into consecutive chunks whose sizes differ by one at most", () => {
    for (const [length, count] of [
      [0, 4],
      [3, 4],
      [4, 4],
      [10, 4],
      [2001, 4],
    ] as const) {
      const items = Array.from({ length }, (_, index) => index);
      const chunks = chunksOf(items, count);
      expect(chunks).toHaveLength(count);
      expect(chunks.flat()).toEqual(items);
      const sizes = chunks.map((chunk) => chunk.length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
  });

  it("take turns ABBA…, each redeeming its own next chunk, and report each side's median", async () => {
    const log: string[] = [];
    const { gatehouse, ceiling } = await alternateTokenRounds({
      // 2 codes a round over 1, 2, 4 and 0.5 CPU-s: 2, 1, 0.5 and 4 tokens per CPU-s.
      gatehouse: side("g", grantsNamed("g", 8), [1, 2, 4, 0.5], log),
      // 1 code a round over 0.25 CPU-s each: 4 tokens per CPU-s every round.
      ceiling: side("c", grantsNamed("c", 4), [0.25, 0.25, 0.25, 0.25], log),
      rounds: 4,
    });
    expect(log).toEqual([
      "g:g0,g1",
      "c:c0",
      "c:c1",
      "g:g2,g3",
      "g:g4,g5",
      "c:c2",
      "c:c3",
      "g:g6,g7",
    ]);
    expect(gatehouse.rounds).toEqual([2, 1, 0.5, 4]);
    expect(gatehouse.perCpuSecond).toBe(1.5); // the median of 0.5, 1, 2 and 4
    expect(gatehouse.redeemed).toBe(8);
    expect(ceiling.rounds).toEqual([4, 4, 4, 4]);
    expect(ceiling.perCpuSecond).toBe(4);
    expect(ceiling.redeemed).toBe(4);
  });
});
