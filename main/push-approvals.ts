// Sign-in approvals while the app runs, hidden in the tray too (issue 17): the watch of
// main/core/push-watch.ts over Electron's net (system proxy, OS trust store), and for each new
// request an OS notification plus the window brought forward, where the portal page shows who
// asks and the three numbers (renderer/features/push-approval/). Logic lives in main/core/.
import { net, Notification } from "electron";
import { fetchPushInbox } from "./core/push-inbox.ts";
import { describePushNotification } from "./core/push-notification.ts";
import { startPushWatch, type PushWatch } from "./core/push-watch.ts";
import type { DesktopText } from "./core/desktop-text.ts";
import type { SecretStore } from "./core/secret-store.ts";

/** Shown notifications, kept referenced until closed so they are not collected meanwhile. */
const shown = new Set<Notification>();

export function watchPushApprovals(state: {
  store: SecretStore;
  portalOrigin: () => string | undefined;
  showWindow: () => void;
  /** The app's words in its current language (desktop-language.ts). */
  text: () => DesktopText;
}): PushWatch {
  return startPushWatch({
    fetchInbox: (known, waitSeconds, challenge) => {
      const portalOrigin = state.portalOrigin();
      return portalOrigin === undefined
        ? Promise.resolve({ ok: false, reason: "unreachable" })
        : fetchPushInbox({
            store: state.store,
            portalOrigin,
            known,
            waitSeconds,
            challenge,
            fetch: (url, init) => net.fetch(url, init),
          });
    },
    onNewRequest: (request) => {
      state.showWindow();
      if (!Notification.isSupported()) {
        return;
      }
      const notification = new Notification(describePushNotification(request, state.text()));
      notification.on("click", () => state.showWindow());
      notification.on("close", () => shown.delete(notification));
      shown.add(notification);
      notification.show();
    },
    pause: (ms, stopped) =>
      new Promise((resolve) => {
        const timer = setTimeout(resolve, ms);
        stopped.addEventListener(
          "abort",
          () => {
            clearTimeout(timer);
            resolve();
          },
          { once: true },
        );
      }),
    random: Math.random,
  });
}
