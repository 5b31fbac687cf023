// The console's Requests screen: the approval flows that make apps requestable, their form, and
// the undecided requests (those nobody can decide first).
import { defineMessages } from "../../../locales/define-messages.ts";

export const requestFlowMessages = defineMessages({
  title: {
    id: "admin.requests.title",
    defaultMessage: "Access requests",
    description: "Console Requests page: title",
  },
  description: {
    id: "admin.requests.description",
    defaultMessage:
      "Make apps requestable and say who approves them. Approved people join the flow’s group, for as long as the flow allows.",
    description: "Console Requests page: the line under the title",
  },
  undecidedTitle: {
    id: "admin.requests.undecided.title",
    defaultMessage: "Undecided requests",
    description: "Heading of the list of requests waiting for a decision",
  },
  undecidedNone: {
    id: "admin.requests.undecided.none",
    defaultMessage: "No request is waiting for a decision.",
    description: "The undecided requests list is empty",
  },
  undecidedRow: {
    id: "admin.requests.undecided.row",
    defaultMessage: "{requester} asks for {app}",
    description: "One undecided request; requester is a person's name, app an app's name",
  },
  waitingFor: {
    id: "admin.requests.undecided.waitingFor",
    defaultMessage: "Step {number} waits for {names}",
    description: "An undecided request whose step someone can decide; names lists them",
  },
  needsApprover: {
    id: "admin.requests.undecided.needsApprover",
    defaultMessage:
      "{reason, select, no_manager {Needs an approver: the profile names no manager} manager_not_found {Needs an approver: the profile’s manager matches no single account} other {Needs an approver: nobody is left to approve this step}}",
    description: "Badge of a request nobody can decide, with why",
  },
  needsApproverHint: {
    id: "admin.requests.undecided.needsApproverHint",
    defaultMessage:
      "Fix the profile or the flow, or decide it yourself under To approve in your portal.",
    description: "Under a request that needs an approver",
  },
  flowsTitle: {
    id: "admin.requests.flows.title",
    defaultMessage: "Requestable apps",
    description: "Heading of the list of approval flows",
  },
  flowsNone: {
    id: "admin.requests.flows.none",
    defaultMessage: "No app is requestable yet.",
    description: "There are no approval flows",
  },
  newFlow: {
    id: "admin.requests.flows.new",
    defaultMessage: "Make an app requestable",
    description: "Button and form title: create an approval flow",
  },
  editFlow: {
    id: "admin.requests.flows.edit",
    defaultMessage: "Edit the flow of {app}",
    description: "Form title and accessible name of Edit; app is an app's name",
  },
  edit: {
    id: "admin.requests.flows.editButton",
    defaultMessage: "Edit",
    description: "Button beside a flow",
  },
  remove: {
    id: "admin.requests.flows.remove",
    defaultMessage: "Stop requests",
    description:
      "Button beside a flow; its accessible name is removeApp, which must contain these words",
  },
  removeApp: {
    id: "admin.requests.flows.removeApp",
    defaultMessage: "Stop requests for {app}",
    description: "Accessible name of Remove and the confirmation's button; app is an app's name",
  },
  removeTitle: {
    id: "admin.requests.flows.removeTitle",
    defaultMessage: "Stop requests for {app}?",
    description: "Title of the confirmation before removing a flow",
  },
  removeText: {
    id: "admin.requests.flows.removeText",
    defaultMessage:
      "Employees can no longer request it, and its undecided requests are cancelled. People who have it keep it.",
    description: "Body of the confirmation before removing a flow",
  },
  removing: {
    id: "admin.requests.flows.removing",
    defaultMessage: "Removing…",
    description: "Confirmation button while busy",
  },
  flowSummary: {
    id: "admin.requests.flows.summary",
    defaultMessage:
      "Grants {group} · asked by {requesters} · {steps} · {duration} · expires after {days, plural, one {# day} other {# days}}",
    description:
      "Under a flow; group and requesters are group names, steps lists the approvers, duration says how long",
  },
  everyone: {
    id: "admin.requests.everyone",
    defaultMessage: "everyone",
    description: "Who may ask: every employee",
  },
  stepKind: {
    id: "admin.requests.stepKind",
    defaultMessage:
      "{approver, select, manager {Manager} users {Named people} group {A group} other {Admins}}",
    description: "Who decides one approval step (a choice in the form, and in lists)",
  },
  noEnd: {
    id: "admin.requests.noEnd",
    defaultMessage: "no end",
    description: "Flow summary: access does not end by itself",
  },
  durationsList: {
    id: "admin.requests.durationsList",
    defaultMessage: "{days} days",
    description: "Flow summary: the durations to choose from, e.g. “7, 30 days”",
  },
  upTo: {
    id: "admin.requests.upTo",
    defaultMessage: "up to {days, plural, one {# day} other {# days}}",
    description: "Flow summary: the longest access",
  },
  loading: {
    id: "admin.requests.loading",
    defaultMessage: "Loading…",
    description: "While a list loads",
  },
  saved: {
    id: "admin.requests.saved",
    defaultMessage: "The flow of {app} was saved.",
    description: "Said after saving a flow",
  },
  removed: {
    id: "admin.requests.removed",
    defaultMessage: "{app} is no longer requestable.",
    description: "Said after removing a flow",
  },
});
