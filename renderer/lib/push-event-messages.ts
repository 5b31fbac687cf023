// The sign-in history's words for sign-in approval on the desktop app (issue 17), beside
// event-messages.ts, which names every other audit event.
import { defineMessages } from "../../locales/define-messages.ts";

export const pushEventTitles = defineMessages({
  "push.requested": {
    id: "security.event.push.requested",
    defaultMessage: "Sign-in approval sent to the desktop app",
    description: "Sign-in history: an event in the user's security history",
  },
  "push.approved": {
    id: "security.event.push.approved",
    defaultMessage: "Sign-in approved on the desktop app",
    description: "Sign-in history: an event in the user's security history",
  },
  "push.denied": {
    id: "security.event.push.denied",
    defaultMessage: "Sign-in denied on the desktop app",
    description: "Sign-in history: an event in the user's security history",
  },
  "push.answer_refused": {
    id: "security.event.push.answer_refused",
    defaultMessage: "Sign-in approval refused",
    description: "Sign-in history: an event in the user's security history",
  },
  "push.limited": {
    id: "security.event.push.limited",
    defaultMessage: "Too many sign-in approvals asked",
    description: "Sign-in history: an event in the user's security history",
  },
  "push.paused": {
    id: "security.event.push.paused",
    defaultMessage: "Sign-in approvals paused",
    description: "Sign-in history: an event in the user's security history",
  },
  "push.turned_off": {
    id: "security.event.push.turned_off",
    defaultMessage: "Sign-in approval on the desktop app turned off",
    description: "Sign-in history: an event in the user's security history",
  },
  "push.turned_on": {
    id: "security.event.push.turned_on",
    defaultMessage: "Sign-in approval on the desktop app turned on",
    description: "Sign-in history: an event in the user's security history",
  },
});
