// Typed fakes of the small Electron surfaces the adapters declare (main/*.ts). They are typed
// against electron.d.ts through those surfaces, so an Electron API change fails the type-check.
import type { Event } from "electron";

/** An Electron Event carrying `params`, recording preventDefault like Electron's does. */
export function electronEvent<Params extends object>(params: Params): Event<Params> {
  let prevented = false;
  return Object.assign(
    {
      preventDefault: () => {
        prevented = true;
      },
      get defaultPrevented() {
        return prevented;
      },
    },
    params,
  );
}

/** A clock whose timers run only when the test moves time. */
export function fakeClock(start = 1_700_000_000_000) {
  let now = start;
  const timers: { at: number; run: () => void; cancelled: boolean }[] = [];
  return {
    now: () => now,
    random: () => 0.5,
    setTimer(delayMs: number, run: () => void) {
      const timer = { at: now + delayMs, run, cancelled: false };
      timers.push(timer);
      return { cancel: () => void (timer.cancelled = true) };
    },
    advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const due = timers
          .filter((timer) => !timer.cancelled && timer.at <= until)
          .sort((a, b) => a.at - b.at)[0];
        if (due === undefined) {
          break;
        }
        due.cancelled = true;
        now = due.at;
        due.run();
      }
      now = until;
    },
  };
}
