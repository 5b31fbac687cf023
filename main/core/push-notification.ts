// The OS notification of a sign-in (or an app being opened) waiting for approval (issue 17), in
// the app's language (desktop-text.ts): who, which app and from where, in a few words — never
// the number, which the user must read in the browser they are signing in with.
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
  stepUpTitle: {
    id: "desktop.push.stepUp.title",
    defaultMessage: "Approve opening {app}?",
    description:
      "OS notification title: an app that requires MFA is being opened in a browser and waits for approval; app is its name",
  },
  stepUpBody: {
    id: "desktop.push.stepUp.body",
    defaultMessage:
      "{hasPlace, select, yes {{email} is opening {app} with {device} from {place}.} other {{email} is opening {app} with {device}.}} Open Gatehouse and pick the number that browser shows.",
    description:
      "OS notification body. email is the account; app is the app's name; device is desktop.push.device; place is an office name or an IP address",
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
  const { device, appName } = request;
  const m = pushNotificationMessages;
  return {
    title: appName === null ? text(m.title) : text(m.stepUpTitle, { app: appName }),
    body: text(appName === null ? m.body : m.stepUpBody, {
      app: appName ?? "",
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
