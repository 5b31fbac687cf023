// The sign-in history's and audit log's words for access requests (issue 20), beside
// event-messages.ts, which names the other audit events.
import { defineMessages } from "../../locales/define-messages.ts";

export const requestEventTitles = defineMessages({
  "request.submitted": {
    id: "security.event.request.submitted",
    defaultMessage: "Access to an app requested",
    description: "Sign-in history: an event in the user's security history",
  },
  "request.approved": {
    id: "security.event.request.approved",
    defaultMessage: "Access request approved",
    description: "Sign-in history: an event in the user's security history",
  },
  "request.denied": {
    id: "security.event.request.denied",
    defaultMessage: "Access request denied",
    description: "Sign-in history: an event in the user's security history",
  },
  "request.cancelled": {
    id: "security.event.request.cancelled",
    defaultMessage: "Access request cancelled",
    description: "Sign-in history: an event in the user's security history",
  },
  "request.expired": {
    id: "security.event.request.expired",
    defaultMessage: "Access request expired undecided",
    description: "Sign-in history: an event in the user's security history",
  },
  "access.granted": {
    id: "security.event.access.granted",
    defaultMessage: "Access to an app granted",
    description: "Sign-in history: an event in the user's security history",
  },
  "access.grant_ended": {
    id: "security.event.access.grant_ended",
    defaultMessage: "Time-limited access ended",
    description: "Sign-in history: an event in the user's security history",
  },
});
