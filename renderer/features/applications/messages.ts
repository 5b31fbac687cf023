// The Applications page's words: tiles, search, details and what a failed launch says.
import { defineMessages } from "../../../locales/define-messages.ts";

export const applicationsMessages = defineMessages({
  title: {
    id: "applications.title",
    defaultMessage: "Applications",
    description: "Heading of the Applications page",
  },
  description: {
    id: "applications.description",
    defaultMessage:
      "Open the apps you use at work, already signed in. They open in {where, select, browser {your browser} other {a new tab}}.",
    description:
      "Under the Applications heading; where is 'browser' in the desktop app (apps open in the system browser), else a new tab",
  },
  loading: {
    id: "applications.loading",
    defaultMessage: "Loading your applications",
    description: "Accessible name of the placeholder tiles while the apps load",
  },
  loadFailed: {
    id: "applications.loadFailed",
    defaultMessage: "<strong>Your applications could not be loaded.</strong> {problem}",
    description: "The app list failed to load; problem is the error's text",
  },
  tryAgain: {
    id: "applications.tryAgain",
    defaultMessage: "Try again",
    description: "Button after the app list failed to load",
  },
  emptyTitle: {
    id: "applications.empty.title",
    defaultMessage: "No applications yet",
    description: "The user has no apps assigned",
  },
  emptyText: {
    id: "applications.empty.text",
    defaultMessage:
      "When your IT administrator assigns apps to you, they appear here as tiles you can open.",
    description: "The user has no apps assigned",
  },
  search: {
    id: "applications.search",
    defaultMessage: "Search applications",
    description: "Label and placeholder of the search box",
  },
  count: {
    id: "applications.count",
    defaultMessage: "{total, plural, one {# app} other {# apps}}",
    description: "How many apps the user has",
  },
  countFiltered: {
    id: "applications.countFiltered",
    defaultMessage: "{shown, number} of {total, plural, one {# app} other {# apps}}",
    description: "How many apps match the search, of how many",
  },
  launchFailed: {
    id: "applications.launchFailed",
    defaultMessage: "<strong>{app} didn’t open.</strong> {problem}",
    description: "An app did not open; problem is why",
  },
  theApp: {
    id: "applications.theApp",
    defaultMessage: "The app",
    description: "Stands for an app whose name is not known, in 'The app didn't open'",
  },
  noMatch: {
    id: "applications.noMatch",
    defaultMessage: "No app matches “{query}”.",
    description: "The search found nothing; query is what was typed",
  },
  clearSearch: {
    id: "applications.clearSearch",
    defaultMessage: "Clear the search",
    description: "Link button",
  },
  gridLabel: {
    id: "applications.gridLabel",
    defaultMessage: "Your applications",
    description: "Accessible name of the grid of app tiles",
  },
  open: {
    id: "applications.open",
    defaultMessage: "Open {app}",
    description: "Button in an app's details dialog",
  },
  asksForMfa: {
    id: "applications.asksForMfa",
    defaultMessage: "This app asks for your authenticator code each time it opens.",
    description: "App details: the app requires MFA at launch",
  },
  opening: {
    id: "applications.tile.opening",
    defaultMessage: "Opening…",
    description: "On a tile while its app is launching",
  },
  tileMfa: {
    id: "applications.tile.mfa",
    defaultMessage: "Asks for MFA",
    description: "On a tile whose app requires an authenticator code at launch (keep it short)",
  },
  details: {
    id: "applications.tile.details",
    defaultMessage: "Details",
    description: "Small button beside a tile: the admin's notes about the app",
  },
  detailsLabel: {
    id: "applications.tile.detailsLabel",
    defaultMessage: "Details about {app}",
    description: "Accessible name of the Details button",
  },
  popupBlocked: {
    id: "applications.popupBlocked",
    defaultMessage: "Your browser blocked the new tab. Allow pop-ups for the portal.",
    description: "Launch failed: the browser blocked the new tab",
  },
  confirmFirst: {
    id: "applications.confirmFirst",
    defaultMessage: "Confirm it’s you, then open the app again.",
    description: "Launch failed: the session needs re-verification first",
  },
  linkUnreachable: {
    id: "applications.link.unreachable",
    defaultMessage: "The link’s app could not be opened: the portal did not answer. Try again.",
    description: "Desktop app: a gatehouse:// link to an app could not be followed",
  },
  linkUnknownApp: {
    id: "applications.link.unknownApp",
    defaultMessage:
      "The link opens an app that does not exist or is not assigned to you. Ask your IT administrator for access.",
    description: "Desktop app: a gatehouse:// link names an app the user does not have",
  },
  linkFailed: {
    id: "applications.link.failed",
    defaultMessage: "{app} could not be opened. {problem}",
    description: "Desktop app: a gatehouse:// link's app did not open; problem is why",
  },
});
