// The portal connection is driven by a fake clock: timers fire only when the test moves time.
import { describe, expect, it } from "vitest";
import {
  createPortalConnection,
  type OfflineNotice,
} from "../../../../main/core/portal-connection.ts";

/** A problem as the connection passes it on (main/core/desktop-messages.ts has the real ones). */
const said = (words: string) => ({
  id: `test.${words}`,
  defaultMessage: words,
  description: "test",
});

const portal = "https://portal.example.com";

function harness(options: { online?: boolean } = {}) {
  let now = 1_000_000;
  let online = options.online ?? false;
  const timers: { at: number; run: () => void; cancelled: boolean }[] = [];
  const loads: string[] = [];
  const notices: OfflineNotice[] = [];
  const connection = createPortalConnection({
    loadPortal: (origin) => loads.push(origin),
    showOffline: (notice) => notices.push(notice),
    isOnline: () => online,
    now: () => now,
    random: () => 0.5, // no jitter
    setTimer: (delayMs, run) => {
      const timer = { at: now + delayMs, run, cancelled: false };
      timers.push(timer);
      return { cancel: () => (timer.cancelled = true) };
    },
  });
  const advance = (ms: number) => {
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
  };
  return {
    connection,
    loads,
    notices,
    advance,
    setOnline: (value: boolean) => (online = value),
    pendingTimers: () => timers.filter((timer) => !timer.cancelled).length,
  };
}

describe("reaching the portal", () => {
  it("shows the offline page after a failed first load and retries with growing waits", () => {
    const { connection, loads, notices, advance } = harness();
    connection.open(portal);
    connection.loadFailed(said("The portal did not answer."));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      portalOrigin: portal,
      problem: said("The portal did not answer."),
    });
    expect(loads).toEqual([portal]);

    advance(1_999);
    expect(loads).toHaveLength(1);
    advance(1);
    expect(loads).toHaveLength(2); // 2 s after the first failure

    connection.loadFailed(said("The portal did not answer."));
    advance(4_999);
    expect(loads).toHaveLength(2);
    advance(1);
    expect(loads).toHaveLength(3); // then 5 s

    for (const wait of [10_000, 30_000, 60_000, 60_000]) {
      connection.loadFailed(said("still down"));
      advance(wait - 1);
      const before = loads.length;
      advance(1);
      expect(loads.length).toBe(before + 1);
    }
  });

  it("retries at once when the OS reports the network back, not only at the next backoff", () => {
    const { connection, loads, advance, setOnline } = harness({ online: false });
    connection.open(portal);
    for (const wait of [2_000, 5_000, 10_000]) {
      connection.loadFailed(said("This computer is not connected to a network."));
      advance(wait);
    }
    connection.loadFailed(said("This computer is not connected to a network."));
    expect(loads).toHaveLength(4); // the next try is 30 s away
    setOnline(true);
    advance(3_000); // one network poll
    expect(loads).toHaveLength(5);
  });

  it("does not count a network that was already up as coming back", () => {
    const { connection, loads, advance } = harness({ online: true });
    connection.open(portal);
    for (const wait of [2_000, 5_000, 10_000]) {
      connection.loadFailed(said("The portal did not answer."));
      advance(wait);
    }
    connection.loadFailed(said("The portal did not answer."));
    advance(29_999);
    expect(loads).toHaveLength(4);
    advance(1);
    expect(loads).toHaveLength(5);
  });

  it("recovers into the portal without a restart and stops retrying", () => {
    const { connection, loads, advance, pendingTimers } = harness();
    connection.open(portal);
    connection.loadFailed(said("down"));
    advance(2_000);
    connection.loaded();
    expect(connection.state()).toEqual({ kind: "connected", origin: portal });
    expect(pendingTimers()).toBe(0);
    advance(600_000);
    expect(loads).toEqual([portal, portal]);
  });

  it("lets the user retry now, and a retry while loading or connected does nothing", () => {
    const { connection, loads } = harness();
    connection.open(portal);
    connection.retryNow();
    expect(loads).toHaveLength(1);
    connection.loadFailed(said("down"));
    connection.retryNow();
    expect(loads).toHaveLength(2);
    connection.loaded();
    connection.retryNow();
    expect(loads).toHaveLength(2);
  });

  it("starts over from a short wait when a connected portal fails later", () => {
    const { connection, notices } = harness();
    connection.open(portal);
    connection.loaded();
    connection.loadFailed(said("down"));
    expect(connection.state()).toMatchObject({ kind: "offline", attempt: 1 });
    expect(notices[0]?.nextRetryAt).toBe(1_000_000 + 2_000);
  });

  it("ignores a failure report when no load is under way", () => {
    const { connection, notices } = harness();
    connection.loadFailed(said("down"));
    expect(connection.state()).toEqual({ kind: "idle" });
    expect(notices).toEqual([]);
  });
});
