// The words of the sign-in's waiting screen while the desktop app is asked to approve (issue 17).
import { defineMessages } from "../../../locales/define-messages.ts";

export const pushMessages = defineMessages({
  title: {
    id: "auth.push.title",
    defaultMessage: "Approve on your desktop app",
    description: "Heading while the browser waits for the desktop app to approve the sign-in",
  },
  pickOnDevice: {
    id: "auth.push.pickOnDevice",
    defaultMessage: "Open Gatehouse on {device} and pick this number:",
    description: "Above the two-digit number; device is the computer's name (“Alex’s MacBook”)",
  },
  pickOnAnyDevice: {
    id: "auth.push.pickOnAnyDevice",
    defaultMessage: "Open Gatehouse on your computer and pick this number:",
    description: "Above the two-digit number when several computers can approve",
  },
  numberLabel: {
    id: "auth.push.numberLabel",
    defaultMessage: "Number {number}",
    description: "Accessible name of the big two-digit number to pick on the desktop app",
  },
  waiting: {
    id: "auth.push.waiting",
    defaultMessage: "Waiting for your approval",
    description: "Status under the number while no answer has come",
  },
  waitingUntil: {
    id: "auth.push.waitingUntil",
    defaultMessage: "Waiting for your approval (until {time})",
    description: "Status under the number; time is when the request expires (e.g. 14:32)",
  },
  reported: {
    id: "auth.push.reported",
    defaultMessage:
      "You said this sign-in was not you. We signed you out everywhere and locked your account; your IT administrator has been told.",
    description: "After “This wasn't me” was chosen on the desktop app",
  },
  wrongNumber: {
    id: "auth.push.wrongNumber",
    defaultMessage:
      "The number picked on your desktop app did not match this one, so the sign-in was not approved.",
    description: "After a wrong number was picked on the desktop app",
  },
  expired: {
    id: "auth.push.expired",
    defaultMessage: "The request on your desktop app expired before it was answered.",
    description: "The approval request ran out (2 minutes) unanswered",
  },
  limited: {
    id: "auth.push.limited",
    defaultMessage:
      "Too many sign-in requests were sent in the last 10 minutes, so no new one was sent.",
    description: "Push fatigue protection: no request was sent",
  },
  paused: {
    id: "auth.push.paused",
    defaultMessage: "Sign-in requests to your desktop app are paused after several were denied.",
    description: "Approval requests are paused for this user after denials in a row",
  },
  pausedUntil: {
    id: "auth.push.pausedUntil",
    defaultMessage:
      "Sign-in requests to your desktop app are paused until {time} after several were denied.",
    description: "As paused, with the time (e.g. 14:32) when requests are possible again",
  },
  sendAnother: {
    id: "auth.push.sendAnother",
    defaultMessage: "Send another request",
    description: "Button: ask the desktop app again",
  },
  sending: {
    id: "auth.push.sending",
    defaultMessage: "Sending…",
    description: "Busy label of the Send another request button",
  },
  useCode: {
    id: "auth.push.useCode",
    defaultMessage: "Use a code instead",
    description: "Link button: sign in with the authenticator app's code instead",
  },
});
