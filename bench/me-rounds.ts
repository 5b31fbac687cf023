// The GET /api/me load behind `npm run bench`'s session-check figures: authenticated requests over
// keep-alive, 32 in flight, against Gatehouse and the minimal server in alternating rounds.
//
// Warm-up: each server first answers up to 30,000 requests (or 10 s), not counted. V8 optimizes a
// hot path only after thousands of calls, on its own worker threads: on this 2-core machine
// Gatehouse's four V8 worker threads were seen busy together about 15,000 requests in (and the
// minimal server's in its first second), starving the database and the load generator, so a
// first round after a 10,000-request warm-up measured the compilers (p99 14–17 ms against
// 8–12 ms in later rounds). The figures are the steady state a running server serves in.
//
// Rounds: Gatehouse and the minimal server take turns, in the order ABBA… so each goes first as
// often, and each figure is the median of its rounds. One round is 5 s: its p99 is the slowest
// ~250 requests, decided by one or two moments when the machine ran something else; the median
// of several rounds is the typical p99, and every round's value is printed beside it.
//
// The load goes through undici's Pool, not node:http: the load generator shares the 2 cores with
// the server and the database, and node:http cost it about 76 µs per request against undici's 54
// (measured side by side on Gatehouse; the p99 of both servers falls with it, by about a tenth).
import { Pool } from "undici";
import { median } from "./interleaved-rounds.ts";

export type LoadBounds = { requests: number; milliseconds: number };

export const warmUpBounds: LoadBounds = { requests: 30_000, milliseconds: 10_000 };
export const roundBounds: LoadBounds = { requests: 60_000, milliseconds: 5000 };

/** One server of the pair: where it answers and the CPU seconds counted for it so far. */
export type MeTarget = {
  origin: string;
  cpuSeconds: () => number;
  databaseCpuSeconds: () => number;
};

export type MeRound = {
  perCpuSecond: number;
  count: number;
  /** CPU microseconds per request: all counted, and of which the database's. */
  cpuMicroseconds: number;
  databaseMicroseconds: number;
  p50: number;
  p99: number;
};

/** Each figure of a server as the median of its rounds, with every round kept. */
export type MeSummary = Record<Exclude<keyof MeRound, "count">, number> & { rounds: MeRound[] };

const inFlight = 32;

/**
 * 32 requests in flight, over 32 keep-alive connections, until `bounds` is reached; each one's
 * latency in milliseconds. A refused request stops the load, and it rejects once the requests
 * still in flight have come back, so nothing reaches the server after it returns.
 */
export async function load(origin: string, cookie: string, bounds: LoadBounds): Promise<number[]> {
  const latencies: number[] = [];
  const deadline = performance.now() + bounds.milliseconds;
  const pool = new Pool(origin, { connections: inFlight });
  let sent = 0;
  let refused: Error | undefined;
  const send = async () => {
    while (refused === undefined && sent < bounds.requests && performance.now() < deadline) {
      sent += 1;
      const begin = performance.now();
      const response = await pool.request({ method: "GET", path: "/api/me", headers: { cookie } });
      const body = await response.body.text();
      if (response.statusCode !== 200) {
        refused ??= new Error(`GET ${origin}/api/me answered ${response.statusCode}: ${body}`);
        return;
      }
      latencies.push(performance.now() - begin);
    }
  };
  try {
    await Promise.all(Array.from({ length: inFlight }, send));
  } finally {
    await pool.close();
  }
  if (refused !== undefined) {
    throw refused;
  }
  return latencies;
}

export async function measureRound(
  target: MeTarget,
  cookie: string,
  bounds: LoadBounds = roundBounds,
): Promise<MeRound> {
  const cpuBefore = target.cpuSeconds();
  const databaseBefore = target.databaseCpuSeconds();
  const latencies = await load(target.origin, cookie, bounds);
  const cpu = Math.max(target.cpuSeconds() - cpuBefore, 0.01);
  const databaseCpu = target.databaseCpuSeconds() - databaseBefore;
  latencies.sort((a, b) => a - b);
  const at = (fraction: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * fraction))] ?? 0;
  return {
    perCpuSecond: latencies.length / cpu,
    count: latencies.length,
    cpuMicroseconds: (cpu * 1e6) / latencies.length,
    databaseMicroseconds: (databaseCpu * 1e6) / latencies.length,
    p50: at(0.5),
    p99: at(0.99),
  };
}

/** Which server goes in each turn of `pairs` pairs of rounds: ABBA…, A first in half of them. */
export function turnOrder(pairs: number): ("a" | "b")[] {
  return Array.from({ length: pairs }, (_, pair): ("a" | "b")[] =>
    pair % 2 === 0 ? ["a", "b"] : ["b", "a"],
  ).flat();
}

export function summarize(rounds: MeRound[]): MeSummary {
  const of = (figure: keyof MeSummary & keyof MeRound) =>
    median(rounds.map((round) => round[figure]));
  return {
    perCpuSecond: of("perCpuSecond"),
    cpuMicroseconds: of("cpuMicroseconds"),
    databaseMicroseconds: of("databaseMicroseconds"),
    p50: of("p50"),
    p99: of("p99"),
    rounds,
  };
}

/** Warms both servers up, then runs `pairs` pairs of rounds in turn; each server's medians. */
export async function measurePair(input: {
  gatehouse: MeTarget;
  minimal: MeTarget;
  cookie: string;
  pairs: number;
  bounds?: { warmUp: LoadBounds; round: LoadBounds };
}): Promise<{ gatehouse: MeSummary; minimal: MeSummary }> {
  const { cookie, bounds = { warmUp: warmUpBounds, round: roundBounds } } = input;
  await load(input.gatehouse.origin, cookie, bounds.warmUp);
  await load(input.minimal.origin, cookie, bounds.warmUp);
  const rounds = { a: [] as MeRound[], b: [] as MeRound[] };
  for (const turn of turnOrder(input.pairs)) {
    const target = turn === "a" ? input.gatehouse : input.minimal;
    rounds[turn].push(await measureRound(target, cookie, bounds.round));
  }
  return { gatehouse: summarize(rounds.a), minimal: summarize(rounds.b) };
}
