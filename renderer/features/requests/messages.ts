// The Requests section's words: the apps to request, the request form and the user's own
// requests. The approver's words are in approval-messages.ts; those both show in step-messages.ts.
import { defineMessages } from "../../../locales/define-messages.ts";

export const requestsMessages = defineMessages({
  title: {
    id: "requests.title",
    defaultMessage: "Requests",
    description: "Requests page: title",
  },
  description: {
    id: "requests.description",
    defaultMessage:
      "Ask for an app you don’t have yet, and follow your requests until they’re decided.",
    description: "Requests page: the line under the title",
  },
  availableTitle: {
    id: "requests.available.title",
    defaultMessage: "Apps you can request",
    description: "Requests page: heading of the card listing requestable apps, and its list's name",
  },
  search: {
    id: "requests.available.search",
    defaultMessage: "Search apps you can request",
    description: "Requests page: label and placeholder of the search box",
  },
  noneAvailable: {
    id: "requests.available.none",
    defaultMessage: "There are no apps to request right now.",
    description: "Requests page: the user may request no app (or has them all)",
  },
  noMatch: {
    id: "requests.available.noMatch",
    defaultMessage: "No app you can request matches “{query}”.",
    description: "Requests page: the search found nothing; query is what the user typed",
  },
  approvers: {
    id: "requests.available.approvers",
    defaultMessage: "Approved by {approvers}",
    description:
      "Requests page, under an app: who decides, in order; approvers is a list of step names",
  },
  durations: {
    id: "requests.available.durations",
    defaultMessage: "For {durations}",
    description:
      "Requests page, under an app: the durations to choose from, e.g. “7 days or 30 days”",
  },
  upTo: {
    id: "requests.available.upTo",
    defaultMessage: "For up to {days, plural, one {# day} other {# days}}",
    description: "Requests page, under an app: the longest access one may ask for",
  },
  noEnd: {
    id: "requests.available.noEnd",
    defaultMessage: "Until an admin removes it",
    description: "Requests page, under an app: access does not end by itself",
  },
  days: {
    id: "requests.days",
    defaultMessage: "{days, plural, one {# day} other {# days}}",
    description: "A duration of access in days",
  },
  request: {
    id: "requests.request",
    defaultMessage: "Request",
    description: "Button beside a requestable app: opens the request form",
  },
  requestApp: {
    id: "requests.requestApp",
    defaultMessage: "Request {app}",
    description:
      "Accessible name of the Request button and the request form's title; app is an app's name",
  },
  alreadyRequested: {
    id: "requests.alreadyRequested",
    defaultMessage: "Requested",
    description: "Badge beside an app the user already asked for (undecided)",
  },
  reason: {
    id: "requests.form.reason",
    defaultMessage: "Why do you need it?",
    description: "Request form: label of the required reason",
  },
  reasonHint: {
    id: "requests.form.reasonHint",
    defaultMessage: "Your approvers read this.",
    description: "Request form: hint under the reason",
  },
  reasonMissing: {
    id: "requests.form.reasonMissing",
    defaultMessage: "Say why you need the app.",
    description: "Request form: the reason was left empty",
  },
  duration: {
    id: "requests.form.duration",
    defaultMessage: "For how long?",
    description: "Request form: label of the duration choice",
  },
  durationDays: {
    id: "requests.form.durationDays",
    defaultMessage: "Number of days, up to {max}",
    description:
      "Request form: label of the number of days when any number up to a maximum is allowed",
  },
  durationNone: {
    id: "requests.form.durationNone",
    defaultMessage: "Access lasts until an admin removes it.",
    description: "Request form: the app's flow sets no end",
  },
  send: {
    id: "requests.form.send",
    defaultMessage: "Send request",
    description: "Request form: submit button",
  },
  sending: {
    id: "requests.form.sending",
    defaultMessage: "Sending…",
    description: "Request form: submit button while busy",
  },
  sent: {
    id: "requests.form.sent",
    defaultMessage: "Your request for {app} was sent.",
    description: "Said after a request was sent; app is an app's name",
  },
  mineTitle: {
    id: "requests.mine.title",
    defaultMessage: "My requests",
    description: "Requests page: heading of the user's own requests, and its list's name",
  },
  mineNone: {
    id: "requests.mine.none",
    defaultMessage: "You haven’t requested any apps.",
    description: "Requests page: the user has no requests",
  },
  requestedOn: {
    id: "requests.mine.requestedOn",
    defaultMessage: "Requested {date}",
    description: "Under one of the user's requests; date is a formatted date",
  },
  endsOn: {
    id: "requests.mine.endsOn",
    defaultMessage: "Access ends {date}",
    description: "Under an approved time-bound request; date is a formatted date and time",
  },
  endedOn: {
    id: "requests.mine.endedOn",
    defaultMessage: "Access ended {date}",
    description: "Under an approved request whose time ran out; date is a formatted date and time",
  },
  expiresOn: {
    id: "requests.mine.expiresOn",
    defaultMessage: "Expires undecided {date}",
    description: "Under a waiting request; date is a formatted date",
  },
  withdraw: {
    id: "requests.mine.withdraw",
    defaultMessage: "Withdraw",
    description: "Button beside a waiting request: cancels it",
  },
  withdrawApp: {
    id: "requests.mine.withdrawApp",
    defaultMessage: "Withdraw request for {app}",
    description: "Accessible name of Withdraw, the confirmation's button; app is an app's name",
  },
  withdrawTitle: {
    id: "requests.mine.withdrawTitle",
    defaultMessage: "Withdraw your request for {app}?",
    description: "Title of the confirmation before cancelling a request",
  },
  withdrawText: {
    id: "requests.mine.withdrawText",
    defaultMessage: "Your approvers will no longer be asked. You can request the app again later.",
    description: "Body of the confirmation before cancelling a request",
  },
  withdrawing: {
    id: "requests.mine.withdrawing",
    defaultMessage: "Withdrawing…",
    description: "Confirmation button while the request is being cancelled",
  },
  loadFailed: {
    id: "requests.loadFailed",
    defaultMessage: "The requests could not be loaded: {problem}",
    description: "Requests and To approve pages: loading failed; problem says why",
  },
  tryAgain: {
    id: "requests.tryAgain",
    defaultMessage: "Try again",
    description: "Button after a failed load",
  },
  loading: {
    id: "requests.loading",
    defaultMessage: "Loading requests…",
    description: "Requests and To approve pages: while loading",
  },
});
