// The desktop app's watch for access requests to decide (issue 20): the notices it already shows
// sent along, new ones handed on together and once (newest first, as the portal lists them), the
// next step of the same request new again, one that went and came back announced again, and
// each that went said gone once, so its notification is withdrawn.
import { describe, expect, it } from "vitest";
import type { PushInboxAnswer } from "../../../../main/core/push-inbox.ts";
import { startPushWatch } from "../../../../main/core/push-watch.ts";
import type { ApprovalNotice } from "../../../../server/schemas/approval-notices.ts";

const requestId = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

function notice(n: number, step = 1): ApprovalNotice {
  return {
    key: `${requestId(n)}.${step}`,
    requestId: requestId(n),
    step,
    steps: 2,
    requester: { displayName: `Requester ${n}` },
    appName: `App ${n}`,
    createdAt: "2026-11-30T09:00:00.000Z",
  };
}

const answer = (approvals: ApprovalNotice[]): PushInboxAnswer => ({
  ok: true,
  requests: [],
  approvals,
  nextChallenge: "challenge",
});

function watchApprovals(answers: PushInboxAnswer[]) {
  const sent: string[][] = [];
  const batches: string[][] = [];
  const gone: string[][] = [];
  const watch = startPushWatch({
    fetchInbox: (_known, _wait, _challenge, knownApprovals) => {
      sent.push(knownApprovals);
      const next = answers.shift();
      if (next === undefined) {
        watch.stop();
        return Promise.resolve(answer([]));
      }
      return Promise.resolve(next);
    },
    onNewRequest: () => {
      throw new Error("no sign-ins in these answers");
    },
    onNewApprovals: (notices) => batches.push(notices.map((shown) => shown.key)),
    onGone: (withdrawn) => {
      expect(withdrawn.requests).toEqual([]);
      gone.push(withdrawn.approvals);
    },
    pause: () => Promise.resolve(),
    random: () => 0.5,
  });
  return { watch, sent, batches, gone };
}

describe("the watch for access requests to decide", () => {
  it("hands on new notices together and once, and tells the portal what it shows", async () => {
    const { watch, sent, batches, gone } = watchApprovals([
      answer([notice(2), notice(1)]),
      answer([notice(3), notice(2), notice(1)]),
      answer([notice(3), notice(1, 2)]),
      answer([]),
      answer([notice(3)]),
    ]);
    await watch.done;
    expect(batches).toEqual([
      [notice(2).key, notice(1).key],
      [notice(3).key],
      // The first request moved on to its second step: a new decision, a new notice.
      [notice(1, 2).key],
      // Gone (decided elsewhere, or the app forgot it) and listed again: said again.
      [notice(3).key],
    ]);
    // Each notice said gone once, when an answer no longer lists it: its notification goes.
    expect(gone).toEqual([
      [notice(2).key, notice(1).key],
      [notice(3).key, notice(1, 2).key],
    ]);
    expect(sent).toEqual([
      [],
      [notice(2).key, notice(1).key],
      [notice(3).key, notice(2).key, notice(1).key],
      [notice(3).key, notice(1, 2).key],
      [],
      [notice(3).key],
    ]);
  });

  it("keeps what it shows across a failed poll, and says nothing new after it", async () => {
    const { watch, sent, batches, gone } = watchApprovals([
      answer([notice(1)]),
      { ok: false, reason: "unreachable" },
      answer([notice(1)]),
      answer([]),
    ]);
    await watch.done;
    expect(batches).toEqual([[notice(1).key]]);
    // A failed poll says nothing gone; the answer that no longer lists it does.
    expect(gone).toEqual([[notice(1).key]]);
    expect(sent).toEqual([[], [notice(1).key], [notice(1).key], [notice(1).key], []]);
  });
});
