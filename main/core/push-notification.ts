// The OS notification of a sign-in waiting for approval (issue 17), in the app's language
// (desktop-text.ts): who and from where, in a few words — never the number, which the user must
// read in the browser they are signing in with.
import { defineMessages } from "../../locales/define-messages.ts";
import type { PushRequestEvent } from "../../server/schemas/push.ts";
import type { DesktopText } from "./desktop-text.ts";

export const pushNotificationMessages = defineMessages({
  title: {
    id: "desktop.push.title",
    defaultMessage: "Approve sign-in?",
    description: "OS notification title: a sign-in elsewhere waits for approval in the desktop app",
  },
  body: {
    id: "desktop.push.body",
    defaultMessage:
      "{hasPlace, select, yes {{email} is signing in with {device} from {place}.} other {{email} is signing in with {device}.}} Open Gatehouse and pick the number that browser shows.",
    description:
      "OS notification body. email is the account; device is desktop.push.device (“Chrome on Windows”); place is an office name or an IP address",
  },
  device: {
    id: "desktop.push.device",
    defaultMessage:
      "{client, select, desktop {the Gatehouse desktop app} other {{hasBrowser, select, yes {{hasSystem, select, yes {{browser} on {system}} other {{browser}}}} other {{hasSystem, select, yes {a browser on {system}} other {a browser}}}}}}",
    description:
      "What signs in, inside desktop.push.body; browser (Chrome, Firefox…) and system (macOS, Windows…) are names",
  },
});

export type NotificationText = { title: string; body: string };

export function describePushNotification(
  request: PushRequestEvent,
  text: DesktopText,
): NotificationText {
  const place = request.place ?? request.ip;
  const { device } = request;
  return {
    title: text(pushNotificationMessages.title),
    body: text(pushNotificationMessages.body, {
      email: request.user.email,
      device: text(pushNotificationMessages.device, {
        client: device.client,
        browser: device.browser ?? "",
        hasBrowser: device.browser === null ? "no" : "yes",
        system: device.system ?? "",
        hasSystem: device.system === null ? "no" : "yes",
      }),
      place: place ?? "",
      hasPlace: place === null ? "no" : "yes",
    }),
  };
}
