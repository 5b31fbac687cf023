// The console's words for the audit log: its filters, table, paging and export.
import { defineMessages } from "../../../locales/define-messages.ts";

export const auditMessages = defineMessages({
  title: { id: "admin.audit.title", defaultMessage: "Audit log", description: "Page heading" },
  description: {
    id: "admin.audit.description",
    defaultMessage:
      "Who did what, when and from where — sign-ins, security changes and admin work.",
    description: "Under the Audit log heading",
  },
  personEmail: {
    id: "admin.audit.personEmail",
    defaultMessage: "Person’s email",
    description: "Filter field: whose events to show",
  },
  everyone: {
    id: "admin.audit.everyone",
    defaultMessage: "Everyone",
    description: "Placeholder of the person filter when it is empty",
  },
  openedPerson: {
    id: "admin.audit.openedPerson",
    defaultMessage: "The person you opened",
    description: "Placeholder of the person filter when the log was opened from a user's page",
  },
  noSuchEmail: {
    id: "admin.audit.noSuchEmail",
    defaultMessage: "No user has this email.",
    description: "Error under the person filter",
  },
  event: { id: "admin.audit.event", defaultMessage: "Event", description: "Filter field" },
  everyEvent: {
    id: "admin.audit.everyEvent",
    defaultMessage: "Every event",
    description: "First choice of the event filter",
  },
  from: { id: "admin.audit.from", defaultMessage: "From", description: "Filter: first day" },
  to: { id: "admin.audit.to", defaultMessage: "To", description: "Filter: last day" },
  show: { id: "admin.audit.show", defaultMessage: "Show events", description: "Button" },
  clear: { id: "admin.audit.clear", defaultMessage: "Clear filters", description: "Button" },
  events: { id: "admin.audit.events", defaultMessage: "Events", description: "Card heading" },
  exportCsv: { id: "admin.audit.exportCsv", defaultMessage: "Export CSV", description: "Button" },
  exportJson: {
    id: "admin.audit.exportJson",
    defaultMessage: "Export JSON",
    description: "Button",
  },
  loading: {
    id: "admin.audit.loading",
    defaultMessage: "Loading events…",
    description: "While the events load",
  },
  noMatch: {
    id: "admin.audit.noMatch",
    defaultMessage: "No event matches these filters.",
    description: "Empty result",
  },
  tableLabel: {
    id: "admin.audit.table",
    defaultMessage: "Audit events",
    description: "Accessible name of the scrollable events table",
  },
  columnWhen: { id: "admin.audit.column.when", defaultMessage: "When", description: "Column" },
  columnEvent: { id: "admin.audit.column.event", defaultMessage: "Event", description: "Column" },
  columnPerson: {
    id: "admin.audit.column.person",
    defaultMessage: "Person",
    description: "Column: whom the event concerns",
  },
  columnBy: {
    id: "admin.audit.column.by",
    defaultMessage: "By",
    description: "Column: who acted",
  },
  columnDetails: {
    id: "admin.audit.column.details",
    defaultMessage: "What changed",
    description: "Column: the values before and after, or what was added or removed",
  },
  changeLine: {
    id: "admin.audit.changeLine",
    defaultMessage: "{setting}: {before} → {after}",
    description:
      "One changed setting in the audit log: its name, its value before and after (the arrow points from before to after)",
  },
  namedLine: {
    id: "admin.audit.namedLine",
    defaultMessage: "{setting}: {value}",
    description: "What an audit event names, e.g. the group a person was added to",
  },
  yesNo: {
    id: "admin.audit.yesNo",
    defaultMessage: "{value, select, yes {yes} other {no}}",
    description: "A yes/no value before or after a change",
  },
  columnFrom: {
    id: "admin.audit.column.from",
    defaultMessage: "From",
    description: "Column: the address the request came from",
  },
  commandLine: {
    id: "admin.audit.commandLine",
    defaultMessage: "admin command line",
    description: "Who acted: the admin CLI",
  },
  apiToken: {
    id: "admin.audit.apiToken",
    defaultMessage: "API token",
    description: "Who acted: a program with an API token",
  },
  removedAccount: {
    id: "admin.audit.removedAccount",
    defaultMessage: "a removed account",
    description: "Who acted: an account that no longer exists",
  },
});
