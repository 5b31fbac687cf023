// Keeps the window on the portal when the network does not cooperate (docs/design.md §1.4 "works
// when the network doesn't"): a failed load shows the local "Can't reach <portal>" page, then the
// portal is tried again by itself with backoff, at once when the OS reports the network back (or
// the computer wakes), and when the user presses Retry. A success ends the retrying.
import type { Message } from "../../locales/define-messages.ts";
import { retryDelayMs, networkPollMs } from "./retry-backoff.ts";

export type OfflineNotice = {
  portalOrigin: string;
  problem: Message;
  /** When the next automatic try is due (epoch ms). */
  nextRetryAt: number;
};

export type ConnectionPorts = {
  /** Starts loading the portal in the window; the outcome comes back as loaded() / loadFailed(). */
  loadPortal(origin: string): void;
  showOffline(notice: OfflineNotice): void;
  /** Whether the OS reports a network connection (Electron net.isOnline()). */
  isOnline(): boolean;
  now(): number;
  random(): number;
  setTimer(delayMs: number, run: () => void): { cancel(): void };
};

export type ConnectionState =
  | { kind: "idle" }
  | { kind: "loading"; origin: string; attempt: number }
  | { kind: "connected"; origin: string }
  | { kind: "offline"; origin: string; attempt: number; notice: OfflineNotice; online: boolean };

export type PortalConnection = {
  open(origin: string): void;
  loaded(): void;
  loadFailed(problem: Message): void;
  /** Retry button, wake from sleep, the OS reporting the network back. */
  retryNow(): void;
  state(): ConnectionState;
};

export function createPortalConnection(ports: ConnectionPorts): PortalConnection {
  let state: ConnectionState = { kind: "idle" };
  let timer: { cancel(): void } | undefined;

  const stopTimer = () => {
    timer?.cancel();
    timer = undefined;
  };
  const load = (origin: string, attempt: number) => {
    stopTimer();
    state = { kind: "loading", origin, attempt };
    ports.loadPortal(origin);
  };
  // One timer at a time: wake at the retry time, or sooner to look at the network state.
  const watch = () => {
    if (state.kind !== "offline") {
      return;
    }
    const waitMs = Math.max(0, Math.min(state.notice.nextRetryAt - ports.now(), networkPollMs));
    timer = ports.setTimer(waitMs, () => {
      timer = undefined;
      if (state.kind !== "offline") {
        return;
      }
      const online = ports.isOnline();
      const networkCameBack = online && !state.online;
      if (networkCameBack || ports.now() >= state.notice.nextRetryAt) {
        load(state.origin, state.attempt);
        return;
      }
      state = { ...state, online };
      watch();
    });
  };

  return {
    open(origin) {
      load(origin, 0);
    },
    loaded() {
      if (state.kind === "loading") {
        stopTimer();
        state = { kind: "connected", origin: state.origin };
      }
    },
    loadFailed(problem) {
      if (state.kind !== "loading" && state.kind !== "connected") {
        return;
      }
      const attempt = (state.kind === "loading" ? state.attempt : 0) + 1;
      const notice: OfflineNotice = {
        portalOrigin: state.origin,
        problem,
        nextRetryAt: ports.now() + retryDelayMs(attempt, () => ports.random()),
      };
      stopTimer();
      state = { kind: "offline", origin: state.origin, attempt, notice, online: ports.isOnline() };
      ports.showOffline(notice);
      watch();
    },
    retryNow() {
      if (state.kind === "offline") {
        load(state.origin, state.attempt);
      }
    },
    state: () => state,
  };
}
