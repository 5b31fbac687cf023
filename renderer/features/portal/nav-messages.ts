// Words only the signed-in navigation shows, kept out of messages.ts, which the sign-in page
// loads too (app/App.tsx names every page in the document title).
import { defineMessages } from "../../../locales/define-messages.ts";

export const navMessages = defineMessages({
  approvalsWaiting: {
    id: "portal.nav.approvalsWaiting",
    defaultMessage: "{count, plural, one {# waiting} other {# waiting}}",
    description: "Count beside “To approve” in the navigation: requests waiting for a decision",
  },
});
