// What the HTML error page says for each error code a browser can meet outside the API
// (docs/design.md §10); the JSON API keeps its English `message` for programs.
import { defineMessages } from "../../locales/define-messages.ts";
import type { ErrorCode } from "../schemas/errors.ts";
import type { LaunchFailure } from "../sso/launch-messages.ts";

const m = defineMessages({
  csrfTitle: {
    id: "server.error.csrf.title",
    defaultMessage: "This request didn’t come from Gatehouse",
    description: "Error page heading",
  },
  csrf: {
    id: "server.error.csrf",
    defaultMessage: "This request did not come from the portal. Reload the page and try again.",
    description: "Error page",
  },
  notFoundTitle: {
    id: "server.error.notFound.title",
    defaultMessage: "Nothing is here",
    description: "Error page heading",
  },
  notFound: {
    id: "server.error.notFound",
    defaultMessage: "There is no page at this address. Open Gatehouse from your portal.",
    description: "Error page",
  },
  tooLongTitle: {
    id: "server.error.tooLong.title",
    defaultMessage: "This address is too long",
    description: "Error page heading",
  },
  tooLong: {
    id: "server.error.tooLong",
    defaultMessage:
      "Part of the address is longer than any Gatehouse link. Check the link, or open the page again from the portal.",
    description: "Error page",
  },
  malformedTitle: {
    id: "server.error.malformed.title",
    defaultMessage: "This address doesn’t work",
    description: "Error page heading",
  },
  malformed: {
    id: "server.error.malformed",
    defaultMessage:
      "The address has a broken %-escape. Check the link, or open the page again from the portal.",
    description: "Error page; keep %-escape (a technical term for a part of web addresses)",
  },
  rateLimitedTitle: {
    id: "server.error.rateLimited.title",
    defaultMessage: "Too many requests",
    description: "Error page heading",
  },
  rateLimited: {
    id: "server.error.rateLimited",
    defaultMessage: "Too many requests from this network. Wait a minute and try again.",
    description: "Error page",
  },
  internalTitle: {
    id: "server.error.internal.title",
    defaultMessage: "Something went wrong",
    description: "Error page heading",
  },
  internal: {
    id: "server.error.internal",
    defaultMessage: "Something went wrong on our side. Try again in a moment.",
    description: "Error page",
  },
  unavailableTitle: {
    id: "server.error.unavailable.title",
    defaultMessage: "Gatehouse is unavailable right now",
    description: "Error page heading when the server restarts or its database is down",
  },
  unavailable: {
    id: "server.error.unavailable",
    defaultMessage: "Gatehouse is restarting or cannot reach its database. Try again in a moment.",
    description: "Error page",
  },
  otherTitle: {
    id: "server.error.other.title",
    defaultMessage: "This request doesn’t work",
    description: "Error page heading for any other error",
  },
  other: {
    id: "server.error.other",
    defaultMessage: "Gatehouse could not handle this request. Open it again from your portal.",
    description: "Error page for any other error",
  },
});

const pages: Partial<Record<ErrorCode, LaunchFailure>> = {
  CSRF_ORIGIN_MISMATCH: { title: m.csrfTitle, message: m.csrf },
  NOT_FOUND: { title: m.notFoundTitle, message: m.notFound },
  URL_TOO_LONG: { title: m.tooLongTitle, message: m.tooLong },
  MALFORMED_URL: { title: m.malformedTitle, message: m.malformed },
  RATE_LIMITED: { title: m.rateLimitedTitle, message: m.rateLimited },
  INTERNAL_ERROR: { title: m.internalTitle, message: m.internal },
  SERVICE_UNAVAILABLE: { title: m.unavailableTitle, message: m.unavailable },
};

export function errorPageFailure(code: ErrorCode): LaunchFailure {
  return pages[code] ?? { title: m.otherTitle, message: m.other };
}
