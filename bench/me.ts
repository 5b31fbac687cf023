// Authenticated GET /api/me over keep-alive, 32 in flight, up to 60,000 requests or 5 s: requests
// per CPU-second of the answering process, and latency percentiles seen by the client. Both
// servers first answer a warm-up (up to 10,000 requests or 2 s, not counted), so the figure is
// the steady state rather than V8 compiling the path, which costs the larger server more.
// reportMe measures Gatehouse, then the minimal server (bench/minimal-me-server.ts, started by
// startMinimalServer over the same database), and reports both figures beside each other.
import { spawn, type ChildProcess } from "node:child_process";
import type { Agent } from "node:http";
import type { FigureLog } from "./figures.ts";
import { call, freePort, waitUntilAnswering } from "./http-client.ts";

export async function measureMe(
  origin: string,
  agent: Agent,
  cookie: string,
  serverCpuSeconds: () => number,
  databaseCpuSeconds: () => number = () => 0,
) {
  await load(origin, agent, cookie, { requests: 10_000, milliseconds: 2000 });
  const cpuBefore = serverCpuSeconds();
  const databaseBefore = databaseCpuSeconds();
  const latencies = await load(origin, agent, cookie, { requests: 60_000, milliseconds: 5000 });
  const serverCpu = Math.max(serverCpuSeconds() - cpuBefore, 0.01);
  const databaseCpu = databaseCpuSeconds() - databaseBefore;
  latencies.sort((a, b) => a - b);
  const at = (fraction: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * fraction))] ?? 0;
  return {
    perServerCpuSecond: latencies.length / serverCpu,
    count: latencies.length,
    /** CPU microseconds per request: all counted, and of which the database's. */
    cpuMicroseconds: (serverCpu * 1e6) / latencies.length,
    databaseMicroseconds: (databaseCpu * 1e6) / latencies.length,
    p50: at(0.5),
    p99: at(0.99),
  };
}

/** 32 requests in flight until `bounds` is reached; each one's latency in milliseconds. */
async function load(
  origin: string,
  agent: Agent,
  cookie: string,
  bounds: { requests: number; milliseconds: number },
): Promise<number[]> {
  const latencies: number[] = [];
  const deadline = performance.now() + bounds.milliseconds;
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (latencies.length < bounds.requests && performance.now() < deadline) {
        const begin = performance.now();
        const response = await call(origin, agent, "GET", "/api/me", undefined, cookie);
        if (response.status !== 200) {
          throw new Error(`GET ${origin}/api/me answered ${response.status}: ${response.body}`);
        }
        latencies.push(performance.now() - begin);
      }
    }),
  );
  return latencies;
}

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
 * GET /api/me on Gatehouse, then on the minimal server, both reported as one figure each. Each
 * side's CPU is its process's, or on PostgreSQL its process's and the database's (`cpu`).
 */
export async function reportMe(input: {
  origin: string;
  agent: Agent;
  cookie: string;
  cpu: { server: () => number; minimal: () => number; database?: () => number };
  minimal: MinimalServer;
  log: FigureLog;
  postgres?: boolean;
}): Promise<void> {
  const { origin, agent, cookie, cpu, minimal, log, postgres = false } = input;
  const me = await measureMe(origin, agent, cookie, cpu.server, cpu.database);
  const ceilingMe = await measureMe(minimal.origin, agent, cookie, cpu.minimal, cpu.database);
  const suffix = postgres ? ", PostgreSQL" : "";
  const counted = postgres ? "(server + database) CPU-s" : "server CPU-s";
  log.report({
    name: `GET /api/me, 32 connections${suffix}`,
    value: me.perServerCpuSecond,
    unit: `req/${counted}`,
    ceiling: {
      value: ceilingMe.perServerCpuSecond,
      what: postgres
        ? "minimal Fastify + cookie + one pg query, per its and the database's CPU-s"
        : "minimal Fastify + cookie + one prepared node:sqlite lookup, per its CPU-s",
    },
    goal: "ratio ≥ 0.75",
  });
  if (cpu.database !== undefined) {
    // Where each request's CPU went, so a change is seen on the side it affects.
    const split = (side: typeof me) =>
      `${Math.round(side.cpuMicroseconds)} µs, of which the database ` +
      `${Math.round(side.databaseMicroseconds)} µs (p50 ${side.p50.toFixed(1)} ms)`;
    console.log(`    CPU per request: Gatehouse ${split(me)}; minimal ${split(ceilingMe)}`);
  }
  log.report({
    name: `GET /api/me p99, 32 connections${suffix}`,
    value: me.p99,
    unit: "ms",
    ceiling: { value: ceilingMe.p99, what: "the minimal server's p99" },
    goal: "≤ 10 ms",
    lowerIsBetter: true,
  });
}
