// The phases of a server start and the milliseconds each took, logged at debug level once the
// server listens (docs/admin.md, "Start-up"), so a slow start shows where its time went.

export type StartUpTimeline = {
  /** Ends the phase running now under this name and starts the next one. */
  mark(phase: string): void;
  /** Milliseconds since the process started (module loading comes first), then each phase. */
  summary(): { sinceProcessStartMs: number; phasesMs: Record<string, number> };
};

/** `now` reads milliseconds since the process started, as `performance.now()` does. */
export function startUpTimeline(now: () => number = () => performance.now()): StartUpTimeline {
  const startedAt = now();
  const phasesMs: Record<string, number> = { loadModules: Math.round(startedAt) };
  let phaseStartedAt = startedAt;
  return {
    mark(phase) {
      const at = now();
      phasesMs[phase] = Math.round(at - phaseStartedAt);
      phaseStartedAt = at;
    },
    summary: () => ({ sinceProcessStartMs: Math.round(now()), phasesMs: { ...phasesMs } }),
  };
}
