// The desktop app's watch for what waits for this device, running while the app runs — also
// hidden in the tray: sign-ins to approve (issue 17) and access requests waiting for its user's
// decision (issue 20). A long poll after another, each new one announced once (the OS
// notification) and said gone once it no longer waits (its notification withdrawn), and after a failure a growing pause with jitter (retry-backoff.ts), so an
// office of laptops does not hammer a portal that is coming back. Time and I/O are parameters.
import type { ApprovalNotice } from "../../server/schemas/approval-notices.ts";
import type { PushRequestEvent } from "../../server/schemas/push.ts";
import type { PushInboxAnswer } from "./push-inbox.ts";
import { retryDelayMs } from "./retry-backoff.ts";

/** One long poll; the server answers at once when the waiting requests change. */
export const pushWaitSeconds = 25;
/** A device not enrolled yet asks again this seldom (enrollment may happen meanwhile). */
export const notEnrolledPauseMs = 5 * 60_000;

export type PushWatch = { stop(): void; done: Promise<void> };

/** Remembers what was announced; tells what is new in `listed` and what announced is gone. */
function announcer() {
  const announced = new Set<string>();
  return (listed: string[]): { fresh: string[]; gone: string[] } => {
    const fresh = [...new Set(listed)].filter((key) => !announced.has(key));
    for (const key of fresh) {
      announced.add(key);
    }
    // Forget what is gone, so the set stays as small as the inbox.
    const gone = [...announced].filter((key) => !listed.includes(key));
    for (const key of gone) {
      announced.delete(key);
    }
    return { fresh, gone };
  };
}

export function startPushWatch(options: {
  /** `challenge`: the one the previous answer handed out; undefined after a failure. */
  fetchInbox(
    known: string[],
    waitSeconds: number,
    challenge: string | undefined,
    knownApprovals: string[],
  ): Promise<PushInboxAnswer>;
  /** A request seen for the first time: notify, once. */
  onNewRequest(request: PushRequestEvent): void;
  /** Access requests seen for the first time, newest first (never empty): notify, once. */
  onNewApprovals(notices: ApprovalNotice[]): void;
  /**
   * Announced sign-ins (ids) and access requests (keys) no longer waiting — decided here or
   * elsewhere, expired, withdrawn: their notifications can go. Never called with both empty.
   */
  onGone(gone: { requests: string[]; approvals: string[] }): void;
  /** Resolves after `ms`, or early when the watch stops (`stopped`). */
  pause(ms: number, stopped: AbortSignal): Promise<void>;
  random(): number;
}): PushWatch {
  const stopping = new AbortController();
  let known: string[] = [];
  let knownApprovals: string[] = [];
  let challenge: string | undefined;
  const newRequests = announcer();
  const newApprovals = announcer();

  const run = async () => {
    let failures = 0;
    while (!stopping.signal.aborted) {
      const answer = await options.fetchInbox(known, pushWaitSeconds, challenge, knownApprovals);
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
      const requests = newRequests(known);
      for (const id of requests.fresh) {
        const request = answer.requests.find((listed) => listed.id === id);
        if (request !== undefined) {
          options.onNewRequest(request);
        }
      }
      knownApprovals = answer.approvals.map((notice) => notice.key);
      const approvals = newApprovals(knownApprovals);
      const fresh = new Set(approvals.fresh);
      if (fresh.size > 0) {
        options.onNewApprovals(answer.approvals.filter((notice) => fresh.has(notice.key)));
      }
      if (requests.gone.length > 0 || approvals.gone.length > 0) {
        options.onGone({ requests: requests.gone, approvals: approvals.gone });
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
