// The To approve page's words: each waiting request with its requester, and the decision.
import { defineMessages } from "../../../locales/define-messages.ts";

export const approvalMessages = defineMessages({
  title: {
    id: "approvals.title",
    defaultMessage: "To approve",
    description: "To approve page: title",
  },
  description: {
    id: "approvals.description",
    defaultMessage:
      "Requests for apps that wait for your decision. Deciding asks you to confirm it’s you if you haven’t in the last 5 minutes.",
    description: "To approve page: the line under the title",
  },
  none: {
    id: "approvals.none",
    defaultMessage: "Nothing is waiting for your decision.",
    description: "To approve page: no request waits for this user",
  },
  listLabel: {
    id: "approvals.listLabel",
    defaultMessage: "Requests to approve",
    description: "Accessible name of the list of waiting requests",
  },
  asks: {
    id: "approvals.asks",
    defaultMessage: "{requester} asks for {app}",
    description: "Heading of one waiting request; requester is a person's name, app an app's name",
  },
  reason: {
    id: "approvals.reason",
    defaultMessage: "Reason",
    description: "Label before the requester's reason",
  },
  jobTitle: {
    id: "approvals.jobTitle",
    defaultMessage: "Job title",
    description: "Label in the requester's profile",
  },
  department: {
    id: "approvals.department",
    defaultMessage: "Department",
    description: "Label in the requester's profile",
  },
  manager: {
    id: "approvals.manager",
    defaultMessage: "Manager",
    description: "Label in the requester's profile",
  },
  currentAccess: {
    id: "approvals.currentAccess",
    defaultMessage: "Current access",
    description: "Label before the apps the requester can open today",
  },
  notGiven: {
    id: "approvals.notGiven",
    defaultMessage: "Not given",
    description: "A profile field the requester left empty",
  },
  noApps: {
    id: "approvals.noApps",
    defaultMessage: "No apps yet",
    description: "The requester can open no app today",
  },
  approve: {
    id: "approvals.approve",
    defaultMessage: "Approve",
    description: "Button: approve a waiting request",
  },
  deny: {
    id: "approvals.deny",
    defaultMessage: "Deny",
    description: "Button: deny a waiting request",
  },
  decideLabel: {
    id: "approvals.decideLabel",
    defaultMessage:
      "{decision, select, approved {Approve} other {Deny}} {requester}’s request for {app}",
    description:
      "Accessible name of Approve and Deny; requester is a person's name, app an app's name",
  },
  deciding: {
    id: "approvals.deciding",
    defaultMessage: "Saving…",
    description: "Approve or Deny button while the decision is saved",
  },
  decided: {
    id: "approvals.decided",
    defaultMessage:
      "{decision, select, approved {You approved {requester}’s request for {app}.} other {You denied {requester}’s request for {app}.}}",
    description: "Said after a decision; requester is a person's name, app an app's name",
  },
});
