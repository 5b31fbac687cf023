// Authenticated GET /api/me over keep-alive, 32 in flight, up to 60,000 requests or 5 s: requests
// per CPU-second of the answering process, and latency percentiles seen by the client. Both
// servers first answer a warm-up (up to 10,000 requests or 2 s, not counted), so the figure is
// the steady state rather than V8 compiling the path, which costs the larger server more.
// reportMe measures Gatehouse, then the minimal server, and reports both figures beside each other.
import type { Agent } from "node:http";
import type { FigureLog } from "./figures.ts";
import { call, cpuSeconds } from "./http-client.ts";

export async function measureMe(
  origin: string,
  agent: Agent,
  cookie: string,
  serverCpuSeconds: () => number,
) {
  await load(origin, agent, cookie, { requests: 10_000, milliseconds: 2000 });
  const cpuBefore = serverCpuSeconds();
  const latencies = await load(origin, agent, cookie, { requests: 60_000, milliseconds: 5000 });
  const serverCpu = Math.max(serverCpuSeconds() - cpuBefore, 0.01);
  latencies.sort((a, b) => a - b);
  const at = (fraction: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * fraction))] ?? 0;
  return {
    perServerCpuSecond: latencies.length / serverCpu,
    count: latencies.length,
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

/** GET /api/me on Gatehouse, then on the minimal server, both reported as one figure each. */
export async function reportMe(input: {
  origin: string;
  agent: Agent;
  cookie: string;
  serverCpu: () => number;
  minimal: { origin: string; pid: number };
  log: FigureLog;
}): Promise<void> {
  const { origin, agent, cookie, serverCpu, minimal, log } = input;
  const me = await measureMe(origin, agent, cookie, serverCpu);
  const ceilingMe = await measureMe(minimal.origin, agent, cookie, () => cpuSeconds(minimal.pid));
  log.report({
    name: "GET /api/me, 32 connections",
    value: me.perServerCpuSecond,
    unit: "req/server CPU-s",
    ceiling: {
      value: ceilingMe.perServerCpuSecond,
      what: "minimal Fastify + cookie + one prepared node:sqlite lookup, per its CPU-s",
    },
    goal: "ratio ≥ 0.75",
  });
  log.report({
    name: "GET /api/me p99, 32 connections",
    value: me.p99,
    unit: "ms",
    ceiling: { value: ceilingMe.p99, what: "the minimal server's p99" },
    goal: "≤ 10 ms",
    lowerIsBetter: true,
  });
}
