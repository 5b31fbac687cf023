// The app frame's own words: the page titles and what shows while the portal loads or fails.
import { defineMessages } from "../../locales/define-messages.ts";

export const appMessages = defineMessages({
  pageTitle: {
    id: "app.pageTitle",
    defaultMessage: "{page} · Gatehouse",
    description: "The browser tab's title; page is the screen's name",
  },
  sectionTitle: {
    id: "app.sectionTitle",
    defaultMessage: "{section} · {page} · Gatehouse",
    description: "The browser tab's title on a Security section",
  },
  signIn: { id: "app.title.signIn", defaultMessage: "Sign in", description: "Tab title" },
  resetPassword: {
    id: "app.title.resetPassword",
    defaultMessage: "Reset password",
    description: "Tab title",
  },
  confirm: {
    id: "app.title.confirm",
    defaultMessage: "Confirm it’s you",
    description: "Tab title during re-verification",
  },
  loading: {
    id: "app.loading",
    defaultMessage: "Loading the portal",
    description: "Accessible name of the splash while the session loads",
  },
  unreachable: {
    id: "app.unreachable",
    defaultMessage: "We can’t reach Gatehouse right now",
    description: "Heading when the server cannot be reached",
  },
});
