// Sign-in approvals and access requests to decide while the app runs, hidden in the tray too
// (issues 17 and 20): the watch of main/core/push-watch.ts over Electron's net (system proxy, OS
// trust store). A new sign-in: an OS notification plus the window brought forward, where the
// portal page shows who asks and the three numbers (renderer/features/push-approval/). New
// access requests: an OS notification only, whose click opens the portal's "To approve" list.
// Logic lives in main/core/.
import { net, Notification } from "electron";
import { describeApprovalNotification } from "./core/approval-notification.ts";
import type { DeepLinkAction } from "./core/deep-link.ts";
import { fetchPushInbox } from "./core/push-inbox.ts";
import { describePushNotification } from "./core/push-notification.ts";
import { startPushWatch, type PushWatch } from "./core/push-watch.ts";
import { ShownNotifications } from "./core/shown-notifications.ts";
import type { DesktopText } from "./core/desktop-text.ts";
import type { SecretStore } from "./core/secret-store.ts";

/** Shown notifications, kept referenced until closed (so not collected meanwhile) with what they
 * tell of, and withdrawn when that no longer waits. */
const shown = new ShownNotifications<Notification>();

/** Shows an OS notification (where the OS has them) telling of `keys`; `onClick` runs on a click. */
function notify(text: { title: string; body: string }, keys: string[], onClick: () => void): void {
  if (!Notification.isSupported()) {
    return;
  }
  const notification = new Notification({ title: text.title, body: text.body });
  notification.on("click", onClick);
  notification.on("close", () => shown.forget(notification));
  shown.add(notification, keys);
  notification.show();
}

const requestKey = (id: string) => `request:${id}`;
const approvalKey = (key: string) => `approval:${key}`;

export function watchPushApprovals(state: {
  store: SecretStore;
  portalOrigin: () => string | undefined;
  showWindow: () => void;
  /** Brings the window forward and has the portal page open `target` (main/index.ts). */
  open: (target: DeepLinkAction) => void;
  /** The app's words in its current language (desktop-language.ts). */
  text: () => DesktopText;
}): PushWatch {
  return startPushWatch({
    fetchInbox: (known, waitSeconds, challenge, knownApprovals) => {
      const portalOrigin = state.portalOrigin();
      return portalOrigin === undefined
        ? Promise.resolve({ ok: false, reason: "unreachable" })
        : fetchPushInbox({
            store: state.store,
            portalOrigin,
            known,
            knownApprovals,
            waitSeconds,
            challenge,
            fetch: (url, init) => net.fetch(url, init),
          });
    },
    onNewRequest: (request) => {
      state.showWindow();
      notify(describePushNotification(request, state.text()), [requestKey(request.id)], () =>
        state.showWindow(),
      );
    },
    onNewApprovals: (notices) => {
      const notification = describeApprovalNotification(notices, state.text());
      if (notification !== undefined) {
        notify(
          notification,
          notices.map((notice) => approvalKey(notice.key)),
          () => state.open(notification.target),
        );
      }
    },
    onGone: (gone) =>
      shown.withdraw([...gone.requests.map(requestKey), ...gone.approvals.map(approvalKey)]),
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
