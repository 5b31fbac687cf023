// The words of the screen shown when part of the portal could not be downloaded
// (components/LoadFailureBoundary.tsx), and its "Try again" that the app shell shares.
import { defineMessages } from "../../locales/define-messages.ts";

export const loadFailureMessages = defineMessages({
  loadFailedTitle: {
    id: "app.loadFailed.title",
    defaultMessage: "The portal didn’t finish loading",
    description: "Heading when part of the portal could not be downloaded",
  },
  loadFailed: {
    id: "app.loadFailed",
    defaultMessage: "Part of it could not be downloaded. Check your connection, then try again.",
    description: "Shown when part of the portal could not be downloaded",
  },
  tryAgain: { id: "app.tryAgain", defaultMessage: "Try again", description: "Button" },
});
