// The bench's nanosecond CPU clock for a process (bench/http-client.ts preciseCpuSeconds): the sum
// of its threads' run time agrees with the kernel's own account of this process's CPU time.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { preciseCpuSeconds } from "../../../bench/http-client.ts";

function burn(rounds: number): string {
  let digest = "";
  for (let round = 0; round < rounds; round += 1) {
    digest = createHash("sha256").update(digest).update(String(round)).digest("hex");
  }
  return digest;
}

describe("preciseCpuSeconds", () => {
  it("measures this process's CPU time as getrusage does, finer than a tick", () => {
    const usageBefore = process.cpuUsage();
    const preciseBefore = preciseCpuSeconds(process.pid);
    expect(burn(200_000)).toHaveLength(64);
    const precise = preciseCpuSeconds(process.pid) - preciseBefore;
    const usage = process.cpuUsage(usageBefore);
    const rusage = (usage.user + usage.system) / 1e6;
    expect(precise).toBeGreaterThan(0.05);
    expect(Math.abs(precise - rusage)).toBeLessThan(0.02 + rusage * 0.1);
    expect(Number.isInteger(precise * 100)).toBe(false); // not a count of 10-ms ticks
  });
});
