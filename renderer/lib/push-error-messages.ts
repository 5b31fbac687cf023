// The words for the server's sign-in approval error codes (issue 17; server/schemas/errors.ts),
// kept apart from server-error-messages.ts, which lists every other code.
import { defineMessages } from "../../locales/define-messages.ts";

export const pushErrors = defineMessages({
  PUSH_NUMBER_INVALID: {
    id: "error.PUSH_NUMBER_INVALID",
    defaultMessage: "Pick one of the three numbers shown.",
    description: "Error: the desktop app sent a number that was not one of the three offered",
  },
  PUSH_OTHER_DEVICE: {
    id: "error.PUSH_OTHER_DEVICE",
    defaultMessage:
      "This sign-in request is for another person’s account. It cannot be answered here.",
    description: "Error: a sign-in approval was answered from a computer of another user",
  },
  PUSH_REQUIRED_BY_POLICY: {
    id: "error.PUSH_REQUIRED_BY_POLICY",
    defaultMessage:
      "Your organization requires sign-in approval on your desktop app, so it cannot be turned off.",
    description: "Error: the user tried to turn off push, which the admin's policy requires",
  },
  PUSH_REQUEST_NOT_FOUND: {
    id: "error.PUSH_REQUEST_NOT_FOUND",
    defaultMessage: "This sign-in request does not exist.",
    description: "Error: the desktop app answered a sign-in request the server does not know",
  },
  PUSH_REQUEST_ENDED: {
    id: "error.PUSH_REQUEST_ENDED",
    defaultMessage: "This sign-in request was already answered, expired or withdrawn.",
    description: "Error: the desktop app answered a sign-in request that is no longer open",
  },
  PUSH_UNAVAILABLE: {
    id: "error.PUSH_UNAVAILABLE",
    defaultMessage:
      "Sign-in approval on your desktop app is not available right now. Use a code instead.",
    description: "Error: the sign-in cannot be approved on the desktop app (paused or turned off)",
  },
  PUSH_LIMITED: {
    id: "error.PUSH_LIMITED",
    defaultMessage:
      "Too many sign-in requests in the last 10 minutes. Wait a few minutes, or use a code instead.",
    description: "Error: push fatigue protection, too many approval requests for this user",
  },
});
