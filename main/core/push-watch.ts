// The desktop app's watch for sign-ins to approve (issue 17), running while the app runs — also
// hidden in the tray: a long poll after another, each new request announced once (the OS
// notification), and after a failure a growing pause with jitter (retry-backoff.ts), so an
// office of laptops does not hammer a portal that is coming back. Time and I/O are parameters.
import type { PushRequestEvent } from "../../server/schemas/push.ts";
import type { PushInboxAnswer } from "./push-inbox.ts";
import { retryDelayMs } from "./retry-backoff.ts";

/** One long poll; the server answers at once when the waiting requests change. */
export const pushWaitSeconds = 25;
/** A device not enrolled yet asks again this seldom (enrollment may happen meanwhile). */
export const notEnrolledPauseMs = 5 * 60_000;

export type PushWatch = { stop(): void; done: Promise<void> };

export function startPushWatch(options: {
  /** `challenge`: the one the previous answer handed out; undefined after a failure. */
  fetchInbox(
    known: string[],
    waitSeconds: number,
    challenge: string | undefined,
  ): Promise<PushInboxAnswer>;
  /** A request seen for the first time: notify, once. */
  onNewRequest(request: PushRequestEvent): void;
  /** Resolves after `ms`, or early when the watch stops (`stopped`). */
  pause(ms: number, stopped: AbortSignal): Promise<void>;
  random(): number;
}): PushWatch {
  const stopping = new AbortController();
  let known: string[] = [];
  let challenge: string | undefined;
  const announced = new Set<string>();

  const run = async () => {
    let failures = 0;
    while (!stopping.signal.aborted) {
      const answer = await options.fetchInbox(known, pushWaitSeconds, challenge);
      challenge = answer.ok ? answer.nextChallenge : undefined;
      if (stopping.signal.aborted) {
        return;
      }
      if (!answer.ok) {
        failures += 1;
        const delay =
          answer.reason === "not_enrolled"
            ? notEnrolledPauseMs
            : retryDelayMs(failures, () => options.random());
        await options.pause(delay, stopping.signal);
        continue;
      }
      failures = 0;
      known = answer.requests.map((request) => request.id);
      for (const request of answer.requests) {
        if (!announced.has(request.id)) {
          announced.add(request.id);
          options.onNewRequest(request);
        }
      }
      // Forget what is gone, so the set stays as small as the inbox.
      for (const id of announced) {
        if (!known.includes(id)) {
          announced.delete(id);
        }
      }
    }
  };

  // Started after this returns, so the caller holds the watch before the first answer arrives.
  const done = Promise.resolve().then(run);
  return {
    stop() {
      stopping.abort();
    },
    done,
  };
}
