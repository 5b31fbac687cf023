// Authenticated GET /api/me over keep-alive, 32 in flight, up to 60,000 requests or 5 s: requests
// per CPU-second of the answering process, and latency percentiles seen by the client.
import type { Agent } from "node:http";
import { call } from "./http-client.ts";

export async function measureMe(
  origin: string,
  agent: Agent,
  cookie: string,
  serverCpuSeconds: () => number,
) {
  const latencies: number[] = [];
  const deadline = performance.now() + 5000;
  const cpuBefore = serverCpuSeconds();
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (latencies.length < 60_000 && performance.now() < deadline) {
        const begin = performance.now();
        const response = await call(origin, agent, "GET", "/api/me", undefined, cookie);
        if (response.status !== 200) {
          throw new Error(`GET ${origin}/api/me answered ${response.status}: ${response.body}`);
        }
        latencies.push(performance.now() - begin);
      }
    }),
  );
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
