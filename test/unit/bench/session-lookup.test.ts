import { describe, expect, it } from "vitest";
import { callsPerCpuSecond, measureSessionLookups } from "../../../bench/session-lookup.ts";

describe("session lookup bench", () => {
  it("stops at its call count", async () => {
    let calls = 0;
    const measured = await callsPerCpuSecond({ calls: 7, deadlineMs: 60_000 }, () => {
      calls += 1;
    });
    expect(calls).toBe(7);
    expect(measured.calls).toBe(7);
  });

  it("stops at its deadline, before any call when the deadline has passed", async () => {
    let calls = 0;
    await callsPerCpuSecond({ calls: 1_000_000, deadlineMs: 0 }, () => {
      calls += 1;
    });
    expect(calls).toBe(0);
  });

  it("measures the server's check and both raw shapes on a real database, within its bounds", async () => {
    const measured = await measureSessionLookups({ calls: 25, deadlineMs: 60_000 });
    for (const shape of [measured.server, measured.join, measured.cte]) {
      expect(shape.calls).toBe(25);
      expect(shape.rate).toBeGreaterThan(0);
    }
  });
});
