// The words for the server's access-request error codes (issue 20; server/schemas/errors.ts),
// kept apart from server-error-messages.ts, which lists every other code.
import { defineMessages } from "../../locales/define-messages.ts";

export const requestErrors = defineMessages({
  REQUEST_REFUSED: {
    id: "error.REQUEST_REFUSED",
    defaultMessage: "This request can't be made or changed now.",
    description: "Error: an access request was already made, decided or expired",
  },
  APPROVAL_REFUSED: {
    id: "error.APPROVAL_REFUSED",
    defaultMessage: "You can't decide this request.",
    description: "Error: the user may not approve or deny this access request",
  },
});
