// The long poll behind POST /api/push/inbox (routes/push/approvals.ts): what waits for this
// device — sign-ins and app launches to approve (push/push-inbox.ts) and, when the main
// process asks with `knownApprovals`, access requests waiting for its user's decision
// (requests/approval-notices.ts, issue 20) — answered as soon as either differs from what the
// app already shows, woken through the change channel from any instance; then the next challenge.
import type { AppContext } from "../../context.ts";
import { deviceChallengeLifetimeMs, issueDeviceChallenge } from "../../devices/device-proof.ts";
import { pushInboxOf } from "../../push/push-inbox.ts";
import { approvalNoticesFor } from "../../requests/approval-notices.ts";
import type { PushInbox, PushInboxBody } from "../../schemas/push.ts";
import { changeTopics } from "../../storage/change-topics.ts";
import { waitForChange } from "../../storage/wait-for-change.ts";

/** One comparable string of what a poll shows: sign-ins, and the approval notices if asked. */
function idsOf(requestIds: string[], noticeKeys: string[] | undefined): string {
  const sorted = (values: string[]) => [...new Set(values)].sort().join(" ");
  return `${sorted(requestIds)}|${noticeKeys === undefined ? "" : sorted(noticeKeys)}`;
}

export async function waitForDesktopInbox(
  context: AppContext,
  deviceId: string,
  body: PushInboxBody,
): Promise<PushInbox> {
  const { db, clock } = context;
  const knownApprovals = body.knownApprovals;
  const known = idsOf(body.known ?? [], knownApprovals);
  const readInbox = async (now: number) => ({
    requests: await pushInboxOf({ db, now, places: context.config.networkPlaces }, deviceId),
    // Only the main process's poll asks for them, so the window's poll never wakes for them.
    ...(knownApprovals === undefined
      ? {}
      : { approvals: await approvalNoticesFor(db, deviceId, now) }),
  });
  const changed = await waitForChange(context.changes, {
    topics:
      knownApprovals === undefined
        ? [changeTopics.pushRequests]
        : [changeTopics.pushRequests, changeTopics.accessRequests],
    read: async () => {
      const inbox = await readInbox(clock.now());
      const ids = idsOf(
        inbox.requests.map((waiting) => waiting.id),
        inbox.approvals?.map((notice) => notice.key),
      );
      return ids === known ? undefined : inbox;
    },
    waitMilliseconds: (body.waitSeconds ?? 0) * 1000,
    closing: context.closing,
  });
  const now = clock.now();
  const nextChallenge = {
    challenge: await issueDeviceChallenge(context, now),
    expiresAt: new Date(now + deviceChallengeLifetimeMs).toISOString(),
  };
  // Nothing changed within the wait: the same requests as before, read once more.
  return { ...(changed ?? (await readInbox(now))), nextChallenge };
}
