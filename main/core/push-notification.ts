// The OS notification of a sign-in waiting for approval (issue 17): who and from where, in a few
// words — never the number, which the user must read in the browser they are signing in with.
import type { PushRequestEvent } from "../../server/schemas/push.ts";

export type NotificationText = { title: string; body: string };

export function describePushNotification(request: PushRequestEvent): NotificationText {
  const where = request.place ?? request.ip;
  return {
    title: "Approve sign-in?",
    body: [
      `${request.user.email} is signing in with ${request.browser}${where === null ? "" : ` from ${where}`}.`,
      "Open Gatehouse and pick the number that browser shows.",
    ].join(" "),
  };
}
