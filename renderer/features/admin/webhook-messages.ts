// The console's words for audit webhooks: subscribing (URL, events by category), the secret shown
// once, pausing, removing, "send test event" and the delivery log.
import { defineMessages } from "../../../locales/define-messages.ts";

export const webhookMessages = defineMessages({
  title: { id: "admin.webhooks.title", defaultMessage: "Webhooks", description: "Page heading" },
  description: {
    id: "admin.webhooks.description",
    defaultMessage:
      "Send audit events, signed, to your SIEM or another system as they happen. Each one is retried until it arrives.",
    description: "Under the Webhooks heading",
  },
  newWebhook: {
    id: "admin.webhooks.new",
    defaultMessage: "New webhook",
    description: "Card heading",
  },
  url: { id: "admin.webhooks.url", defaultMessage: "Target URL", description: "Field label" },
  urlPlaceholder: {
    id: "admin.webhooks.urlPlaceholder",
    defaultMessage: "https://siem.example.com/gatehouse",
    description: "Example target URL in the empty field; keep it an https:// address",
  },
  urlHint: {
    id: "admin.webhooks.urlHint",
    defaultMessage: "An https:// address (http://localhost while developing).",
    description: "Under the target URL field",
  },
  events: { id: "admin.webhooks.events", defaultMessage: "Events", description: "Fieldset legend" },
  allEvents: {
    id: "admin.webhooks.allEvents",
    defaultMessage: "Every event, including those added later",
    description: "Checkbox: subscribe to all audit events",
  },
  category: {
    id: "admin.webhooks.category",
    defaultMessage:
      "{category, select, sign_in {Sign-ins} security_change {Security changes} other {Administration}}",
    description: "Heading of a group of audit events in the event picker",
  },
  create: { id: "admin.webhooks.create", defaultMessage: "Add webhook", description: "Button" },
  creating: {
    id: "admin.webhooks.creating",
    defaultMessage: "Adding…",
    description: "Busy button",
  },
  secretShownOnce: {
    id: "admin.webhooks.secretShownOnce",
    defaultMessage:
      "The signing secret is shown only now: give it to the receiver, which checks each event's webhook-signature with it.",
    description: "After adding a webhook, next to its secret",
  },
  copySecret: {
    id: "admin.webhooks.copySecret",
    defaultMessage: "Copy secret",
    description: "Button",
  },
  done: { id: "admin.webhooks.done", defaultMessage: "Done", description: "Hides the secret" },
  list: { id: "admin.webhooks.list", defaultMessage: "Webhooks", description: "Card heading" },
  loading: {
    id: "admin.webhooks.loading",
    defaultMessage: "Loading webhooks…",
    description: "While the list loads",
  },
  none: {
    id: "admin.webhooks.none",
    defaultMessage: "No webhook yet.",
    description: "Empty list",
  },
  meta: {
    id: "admin.webhooks.meta",
    defaultMessage:
      "{paused, select, yes {Paused} other {Active}} · {count, plural, =0 {every event} one {# event} other {# events}} · added {added}",
    description: "Under a webhook: whether it is paused, how many event types it takes, when added",
  },
  sendTest: {
    id: "admin.webhooks.sendTest",
    defaultMessage: "Send test event",
    description: "Button",
  },
  testSent: {
    id: "admin.webhooks.testSent",
    defaultMessage: "A test event is on its way; it shows in the delivery log once sent.",
    description: "After Send test event",
  },
  pause: { id: "admin.webhooks.pause", defaultMessage: "Pause", description: "Button" },
  resume: { id: "admin.webhooks.resume", defaultMessage: "Resume", description: "Button" },
  remove: { id: "admin.webhooks.remove", defaultMessage: "Delete", description: "Button" },
  actionLabel: {
    id: "admin.webhooks.actionLabel",
    defaultMessage: "{action} {url}",
    description: "Accessible name of a button on one webhook: the button's word and its URL",
  },
  busy: { id: "admin.webhooks.busy", defaultMessage: "Working…", description: "Busy button" },
  removeTitle: {
    id: "admin.webhooks.removeTitle",
    defaultMessage: "Delete this webhook?",
    description: "Dialog title",
  },
  removeExplains: {
    id: "admin.webhooks.removeExplains",
    defaultMessage:
      "{url} gets no more events, and the events still waiting for it are dropped. To stop it for a while, pause it instead.",
    description: "Dialog text before deleting a webhook",
  },
  log: {
    id: "admin.webhooks.log",
    defaultMessage: "Delivery log",
    description: "Heading of a webhook's list of delivery attempts",
  },
  showLog: {
    id: "admin.webhooks.showLog",
    defaultMessage: "Delivery log",
    description: "Button that shows a webhook's delivery log",
  },
  refresh: { id: "admin.webhooks.refresh", defaultMessage: "Refresh", description: "Button" },
  noAttempts: {
    id: "admin.webhooks.noAttempts",
    defaultMessage: "Nothing sent yet.",
    description: "Empty delivery log",
  },
  waiting: {
    id: "admin.webhooks.waiting",
    defaultMessage: "{count, plural, one {# event waits} other {# events wait}} to be sent.",
    description: "Above the delivery log: events queued and not sent yet",
  },
  event: { id: "admin.webhooks.event", defaultMessage: "Event", description: "Column heading" },
  time: { id: "admin.webhooks.time", defaultMessage: "Time", description: "Column heading" },
  result: { id: "admin.webhooks.result", defaultMessage: "Result", description: "Column heading" },
  nextRetry: {
    id: "admin.webhooks.nextRetry",
    defaultMessage: "Next retry",
    description: "Column heading",
  },
  status: {
    id: "admin.webhooks.status",
    defaultMessage: "HTTP {code}",
    description: "A delivery's result: the receiver's HTTP status code",
  },
  noAnswer: {
    id: "admin.webhooks.noAnswer",
    defaultMessage: "No answer ({error})",
    description: "A delivery's result when the receiver did not answer; error is a technical name",
  },
  noRetry: {
    id: "admin.webhooks.noRetry",
    defaultMessage: "—",
    description: "In the next retry column when none is due",
  },
});
