// Loads the portal into the window and keeps it there (main/core/portal-connection.ts decides):
// a failed load shows app://local/offline, retries run by themselves, and the portal comes back
// without a restart. The page's loadURL rejection is the same failure did-fail-load reports, so
// it is handled there, once.
import type { Event } from "electron";
import { classifyLoadFailure } from "./core/load-failure.ts";
import type { DesktopText } from "./core/desktop-text.ts";
import { cannotReachPage } from "./core/local-pages.ts";
import {
  createPortalConnection,
  type ConnectionPorts,
  type OfflineNotice,
} from "./core/portal-connection.ts";
import { isTrustedSender } from "./core/window-policy.ts";

export const offlinePageUrl = "app://local/offline";

/** The Electron surface this adapter uses (wired in main/electron-surfaces.ts). */
export type LoaderContents = {
  loadURL(url: string): Promise<void>;
  getURL(): string;
  onDidFailLoad(
    listener: (
      event: Event,
      errorCode: number,
      errorDescription: string,
      validatedURL: string,
      isMainFrame: boolean,
    ) => void,
  ): void;
  onDidFinishLoad(listener: () => void): void;
};

export type PortalLoader = {
  open(origin: string): void;
  retryNow(): void;
  /** The offline page for the current failure, or undefined when there is none. */
  offlinePage(): string | undefined;
  portalOrigin(): string | undefined;
};

/** The loader's clock in the app: real time, real randomness for the retry jitter, real timers. */
export const systemLoaderClock: Pick<ConnectionPorts, "now" | "random" | "setTimer"> = {
  now: Date.now,
  random: Math.random,
  setTimer: (delayMs, run) => {
    const timer = setTimeout(run, delayMs);
    return { cancel: () => clearTimeout(timer) };
  },
};

export function createPortalLoader(options: {
  contents: LoaderContents;
  /** Electron net.isOnline(). */
  isOnline(): boolean;
  clock: Pick<ConnectionPorts, "now" | "random" | "setTimer">;
  /** The portal page finished loading (deliver deep links, enroll with IT's token). */
  onPortalLoaded(): void;
  log(message: string): void;
  /** The app's words in its current language. */
  text(): DesktopText;
}): PortalLoader {
  const { contents } = options;
  let origin: string | undefined;
  let notice: OfflineNotice | undefined;
  const connection = createPortalConnection({
    ...options.clock,
    isOnline: () => options.isOnline(),
    loadPortal: (target) => {
      contents.loadURL(`${target}/`).catch(() => undefined); // reported by did-fail-load
    },
    showOffline: (shown) => {
      notice = shown;
      options.log(`Cannot reach ${shown.portalOrigin}: ${shown.problem.defaultMessage}`);
      contents.loadURL(offlinePageUrl).catch(() => undefined);
    },
  });

  contents.onDidFailLoad((_event, errorCode, errorDescription, validatedUrl, isMainFrame) => {
    const verdict = classifyLoadFailure(
      { errorCode, errorDescription, validatedUrl, isMainFrame },
      origin,
    );
    if (verdict.kind === "unreachable") {
      connection.loadFailed(verdict.problem);
    }
  });
  contents.onDidFinishLoad(() => {
    if (isTrustedSender(contents.getURL(), origin)) {
      notice = undefined;
      connection.loaded();
      options.onPortalLoaded();
    }
  });

  return {
    open(target) {
      origin = target;
      notice = undefined;
      connection.open(target);
    },
    retryNow: () => connection.retryNow(),
    offlinePage: () =>
      notice === undefined
        ? undefined
        : cannotReachPage(options.text(), {
            portalOrigin: notice.portalOrigin,
            problem: notice.problem,
            retryInSeconds: (notice.nextRetryAt - options.clock.now()) / 1000,
          }),
    portalOrigin: () => origin,
  };
}
