// GET /api/me in `npm run bench`: Gatehouse beside its ceiling, the minimal server
// (bench/minimal-me-server.ts, started by startMinimalServer over the same database), both loaded
// the same way (bench/me-rounds.ts: warm-up, then alternating rounds), and reported side by side:
// requests per CPU-second of the answering process, and the p99 latency the client saw.
import { spawn, type ChildProcess } from "node:child_process";
import type { Agent } from "node:http";
import { formatNumber, type FigureLog } from "./figures.ts";
import { freePort, waitUntilAnswering } from "./http-client.ts";
import { measurePair, type MeRound, type MeSummary } from "./me-rounds.ts";

export type MinimalServer = { origin: string; coldStartMs: number; pid: number };

/**
 * The /api/me ceiling on its own port over the same database (a SQLite file, or a PostgreSQL
 * URL), sending the headers Gatehouse sent (its security headers), so both answers weigh the same.
 */
export async function startMinimalServer(input: {
  database: { file: string } | { url: string };
  agent: Agent;
  children: ChildProcess[];
  sent: Record<string, string | string[] | undefined>;
  profiling?: NodeJS.ProcessEnv;
}): Promise<MinimalServer> {
  const skipped = new Set(["date", "content-length", "content-type", "connection", "keep-alive"]);
  const headers = Object.fromEntries(
    Object.entries(input.sent).filter(
      (entry): entry is [string, string] => typeof entry[1] === "string" && !skipped.has(entry[0]),
    ),
  );
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, ["bench/minimal-me-server.ts"], {
    env: {
      ...process.env,
      ...input.profiling,
      ...("file" in input.database
        ? { BENCH_DATABASE: input.database.file }
        : { BENCH_DATABASE_URL: input.database.url }),
      BENCH_PORT: String(port),
      BENCH_HEADERS: JSON.stringify(headers),
    },
    stdio: "inherit",
  });
  input.children.push(child);
  const coldStartMs = await waitUntilAnswering(origin, input.agent, "/api/me", 401, spawnedAt);
  return { origin, coldStartMs, pid: child.pid ?? 0 };
}

/**
 * GET /api/me on Gatehouse and on the minimal server in alternating rounds (bench/me-rounds.ts),
 * each figure the median of its rounds. Each side's CPU is its process's, or on PostgreSQL its
 * process's and the database's (`cpu.database`).
 */
export async function reportMe(input: {
  origin: string;
  cookie: string;
  cpu: { server: () => number; minimal: () => number; database?: () => number };
  minimal: MinimalServer;
  log: FigureLog;
  postgres?: boolean;
  /** Pairs of rounds (ABBA…): an even number, so each server goes first as often. */
  pairs?: number;
}): Promise<void> {
  const { cookie, cpu, log, postgres = false, pairs = 4 } = input;
  const databaseCpuSeconds = cpu.database ?? (() => 0);
  const { gatehouse: me, minimal: ceilingMe } = await measurePair({
    gatehouse: { origin: input.origin, cpuSeconds: cpu.server, databaseCpuSeconds },
    minimal: { origin: input.minimal.origin, cpuSeconds: cpu.minimal, databaseCpuSeconds },
    cookie,
    pairs,
  });
  const suffix = postgres ? ", PostgreSQL" : "";
  const counted = postgres ? "(server + database) CPU-s" : "server CPU-s";
  console.log(
    `\nGET /api/me${suffix}: ${pairs * 2} rounds of up to 5 s, Gatehouse and the minimal server ` +
      "in turn (ABBA…); each figure the median of its server's rounds",
  );
  log.report({
    name: `GET /api/me, 32 connections${suffix}`,
    value: me.perCpuSecond,
    unit: `req/${counted}`,
    ceiling: {
      value: ceilingMe.perCpuSecond,
      what: postgres
        ? "minimal Fastify + cookie + one pg query, per its and the database's CPU-s"
        : "minimal Fastify + cookie + one prepared node:sqlite lookup, per its CPU-s",
    },
    goal: "ratio ≥ 0.75",
  });
  // Where each request's CPU went, so a change is seen on the side it affects.
  const split = (side: MeSummary) =>
    `${Math.round(side.cpuMicroseconds)} µs` +
    (cpu.database === undefined
      ? ""
      : `, of which the database ${Math.round(side.databaseMicroseconds)} µs`) +
    ` (p50 ${side.p50.toFixed(1)} ms)`;
  console.log(`    CPU per request: Gatehouse ${split(me)}; minimal ${split(ceilingMe)}`);
  log.report({
    name: `GET /api/me p99, 32 connections${suffix}`,
    value: me.p99,
    unit: "ms",
    ceiling: { value: ceilingMe.p99, what: "the minimal server's p99" },
    goal: "≤ 10 ms",
    lowerIsBetter: true,
  });
  const each = (side: MeSummary, figure: (round: MeRound) => string) =>
    side.rounds.map(figure).join(", ");
  const rate = (round: MeRound) => formatNumber(round.perCpuSecond);
  const p99 = (round: MeRound) => round.p99.toFixed(1);
  console.log(
    `    rounds, req/CPU-s: Gatehouse ${each(me, rate)}; minimal ${each(ceilingMe, rate)}`,
  );
  console.log(`    rounds, p99 ms: Gatehouse ${each(me, p99)}; minimal ${each(ceilingMe, p99)}`);
}
