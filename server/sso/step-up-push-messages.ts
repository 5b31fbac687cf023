// The words of per-app MFA answered on the desktop app (issue 17): the page the system browser
// shows while the desktop app is asked, and how such a launch can end.
import { defineMessages } from "../../locales/define-messages.ts";
import type { LaunchFailure } from "./launch-messages.ts";

export const stepUpPushMessages = defineMessages({
  title: {
    id: "server.stepUpPush.title",
    defaultMessage: "Approve on your desktop app",
    description: "Per-app MFA page heading when the desktop app is asked to approve the launch",
  },
  text: {
    id: "server.stepUpPush.text",
    defaultMessage:
      "<strong>{app}</strong> asks for a second factor. {hasDevice, select, yes {Open Gatehouse on {device} and pick this number:} other {Open Gatehouse on your computer and pick this number:}}",
    description:
      "Above the two-digit number; app is the app's name, device the computer's name (“Alex’s MacBook”)",
  },
  outcomeText: {
    id: "server.stepUpPush.outcomeText",
    defaultMessage: "<strong>{app}</strong> asks for a second factor.",
    description: "Per-app MFA page when no request is waiting; app is the app's name",
  },
  numberLabel: {
    id: "server.stepUpPush.numberLabel",
    defaultMessage: "Number {number}",
    description: "Accessible name of the big two-digit number to pick on the desktop app",
  },
  waiting: {
    id: "server.stepUpPush.waiting",
    defaultMessage: "Waiting for your approval",
    description: "Status under the number while no answer has come",
  },
  wrongNumber: {
    id: "server.stepUpPush.wrongNumber",
    defaultMessage:
      "The number picked on your desktop app did not match this one, so the app was not opened.",
    description: "After a wrong number was picked on the desktop app",
  },
  ended: {
    id: "server.stepUpPush.ended",
    defaultMessage: "The request on your desktop app ended before it was answered.",
    description: "The approval request ran out (2 minutes) or was withdrawn unanswered",
  },
  limited: {
    id: "server.stepUpPush.limited",
    defaultMessage:
      "Too many requests were sent to your desktop app in the last 10 minutes, so no new one was sent.",
    description: "Push fatigue protection: no request was sent",
  },
  paused: {
    id: "server.stepUpPush.paused",
    defaultMessage:
      "Requests to your desktop app are paused for a while after several were denied.",
    description: "Approval requests are paused for this user after denials in a row",
  },
  sendAnother: {
    id: "server.stepUpPush.sendAnother",
    defaultMessage: "Send another request",
    description: "Button: ask the desktop app again",
  },
  useCode: {
    id: "server.stepUpPush.useCode",
    defaultMessage: "Use a code instead",
    description: "Button: answer with the authenticator app's code instead",
  },
  continue: {
    id: "server.stepUpPush.continue",
    defaultMessage: "Continue",
    description: "Button shown only without JavaScript: check whether the request was approved",
  },
  reportedTitle: {
    id: "server.stepUpPush.reported.title",
    defaultMessage: "Launch reported",
    description: "Failure page heading after “This wasn't me” on the desktop app",
  },
  reported: {
    id: "server.stepUpPush.reported",
    defaultMessage:
      "You said opening {app} was not you. We signed you out everywhere and locked your account; your IT administrator has been told.",
    description: "Failure page after “This wasn't me” on the desktop app; app is the app's name",
  },
  lockedTitle: {
    id: "server.stepUpPush.locked.title",
    defaultMessage: "Account locked",
    description: "Failure page heading",
  },
  locked: {
    id: "server.stepUpPush.locked",
    defaultMessage:
      "Your account is locked, so {app} was not opened. Wait, or ask your IT administrator to unlock it.",
    description: "Failure page after an approval when the account was locked meanwhile",
  },
});

const m = stepUpPushMessages;

export const stepUpPushFailures = {
  reported: { title: m.reportedTitle, message: m.reported },
  locked: { title: m.lockedTitle, message: m.locked },
} satisfies Record<string, LaunchFailure>;
