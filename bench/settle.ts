// A bench server that has just answered /readyz is still busy: right after, in the background, it
// compiles the route schemas no request has used yet and loads the protocol libraries
// (server/server.ts, warmUp). Measured from then, the first figure paid for that work: a passkey
// sign-in run alone counted the schema compilers in about a twentieth of its CPU. The bench waits
// until the server's CPU time stops growing, and says so when it never did within the deadline.

export type SettleBounds = {
  /** How long each look at the CPU time lasts. */
  windowMs: number;
  /** Settled once one window adds less CPU than this. */
  quietCpuSeconds: number;
  deadlineMs: number;
};

export const settleBounds: SettleBounds = {
  windowMs: 250,
  quietCpuSeconds: 0.005,
  deadlineMs: 30_000,
};

/** Waits, window by window, until one adds less than `quietCpuSeconds`, or the deadline passes. */
export async function waitUntilSettled(
  server: {
    cpuSeconds: () => number;
    pause: (milliseconds: number) => Promise<void>;
    now: () => number;
  },
  bounds: SettleBounds = settleBounds,
): Promise<{ settled: boolean; waitedMs: number }> {
  const started = server.now();
  let before = server.cpuSeconds();
  while (server.now() - started < bounds.deadlineMs) {
    await server.pause(bounds.windowMs);
    const after = server.cpuSeconds();
    if (after - before < bounds.quietCpuSeconds) {
      return { settled: true, waitedMs: server.now() - started };
    }
    before = after;
  }
  return { settled: false, waitedMs: server.now() - started };
}
