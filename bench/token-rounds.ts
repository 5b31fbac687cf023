// The OIDC token endpoint beside its ceiling in alternating rounds, as GET /api/me is
// (bench/me-rounds.ts): each side's codes split into as many chunks as rounds, redeemed in turns
// ABBA… so each goes first as often, and each figure the median of its rounds. One run per side
// was about 0.8 CPU-s, and one moment of other work on the machine moved it by a tenth; the median
// of several rounds is the typical rate. A round is 0.25–0.5 CPU-s, which /proc's 10-ms ticks
// would read in steps of 2–4 %: the callers read CPU to the nanosecond (preciseCpuSeconds).
import { median } from "./interleaved-rounds.ts";
import { turnOrder } from "./me-rounds.ts";
import type { CodeGrant } from "./token-request.ts";

/** One side: its codes, how it redeems some of them (the number redeemed), its CPU seconds. */
export type TokenSide = {
  grants: readonly CodeGrant[];
  redeem(grants: CodeGrant[]): Promise<number>;
  cpuSeconds(): number;
};

/** A side's tokens per CPU-second: the median of its rounds, every round, and all it redeemed. */
export type TokenRounds = { perCpuSecond: number; rounds: number[]; redeemed: number };

/** `grants` in `count` consecutive chunks whose sizes differ by one at most. */
export function chunksOf<T>(grants: readonly T[], count: number): T[][] {
  return Array.from({ length: count }, (_, index) =>
    grants.slice(
      Math.floor((index * grants.length) / count),
      Math.floor(((index + 1) * grants.length) / count),
    ),
  );
}

export async function alternateTokenRounds(input: {
  gatehouse: TokenSide;
  ceiling: TokenSide;
  /** Rounds per side: even, so each side goes first in as many pairs. */
  rounds: number;
}): Promise<{ gatehouse: TokenRounds; ceiling: TokenRounds }> {
  const sides = { a: input.gatehouse, b: input.ceiling };
  const chunks = {
    a: chunksOf(sides.a.grants, input.rounds),
    b: chunksOf(sides.b.grants, input.rounds),
  };
  const rates = { a: [] as number[], b: [] as number[] };
  const redeemed = { a: 0, b: 0 };
  for (const turn of turnOrder(input.rounds)) {
    const side = sides[turn];
    const chunk = chunks[turn][rates[turn].length] ?? [];
    const cpuBefore = side.cpuSeconds();
    const count = await side.redeem(chunk);
    const cpu = Math.max(side.cpuSeconds() - cpuBefore, 0.01);
    rates[turn].push(count / cpu);
    redeemed[turn] += count;
  }
  const summary = (turn: "a" | "b"): TokenRounds => ({
    perCpuSecond: median(rates[turn]),
    rounds: rates[turn],
    redeemed: redeemed[turn],
  });
  return { gatehouse: summary("a"), ceiling: summary("b") };
}
