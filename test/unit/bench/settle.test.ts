// The bench's wait for a freshly started server to finish its background start-up work
// (bench/settle.ts), on a moved clock: it returns at the first quiet window, and gives up at its
// deadline when the server never goes quiet.
import { describe, expect, it } from "vitest";
import { waitUntilSettled } from "../../../bench/settle.ts";

/** A server whose CPU time grows by these amounts, one per window, then stays still. */
function serverBusyFor(growth: number[]) {
  let clock = 0;
  let cpu = 0;
  let windows = 0;
  return {
    cpuSeconds: () => cpu,
    now: () => clock,
    pause: (milliseconds: number) => {
      clock += milliseconds;
      cpu += growth[windows] ?? 0;
      windows += 1;
      return Promise.resolve();
    },
  };
}

const bounds = { windowMs: 250, quietCpuSeconds: 0.005, deadlineMs: 2_000 };

describe("waiting for a bench server to settle", () => {
  it("returns at the first window that adds less CPU than the threshold", async () => {
    const server = serverBusyFor([0.2, 0.24, 0.1, 0.004]);
    await expect(waitUntilSettled(server, bounds)).resolves.toEqual({
      settled: true,
      waitedMs: 1_000,
    });
  });

  it("returns after one window when the server is already idle", async () => {
    await expect(waitUntilSettled(serverBusyFor([]), bounds)).resolves.toEqual({
      settled: true,
      waitedMs: 250,
    });
  });

  it("gives up at its deadline when the server never goes quiet, and says so", async () => {
    const server = serverBusyFor(Array.from({ length: 100 }, () => 0.1));
    await expect(waitUntilSettled(server, bounds)).resolves.toEqual({
      settled: false,
      waitedMs: 2_000,
    });
  });
});
