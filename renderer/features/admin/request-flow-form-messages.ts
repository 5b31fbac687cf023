// The console's approval-flow form: the app, the group it grants, who may ask, the steps, how
// long access lasts and when undecided requests expire.
import { defineMessages } from "../../../locales/define-messages.ts";

export const flowFormMessages = defineMessages({
  app: {
    id: "admin.flowForm.app",
    defaultMessage: "App",
    description: "Flow form: the app made requestable",
  },
  chooseApp: {
    id: "admin.flowForm.chooseApp",
    defaultMessage: "Choose an app",
    description: "Flow form: the empty choice of app, and the error when none was chosen",
  },
  targetGroup: {
    id: "admin.flowForm.targetGroup",
    defaultMessage: "Approved people join the group",
    description: "Flow form: the group an approved request adds the requester to",
  },
  chooseGroup: {
    id: "admin.flowForm.chooseGroup",
    defaultMessage: "Choose a group",
    description: "Flow form: the empty choice of group, and the error when none was chosen",
  },
  requesters: {
    id: "admin.flowForm.requesters",
    defaultMessage: "Who may ask",
    description: "Flow form: everyone, or the members of one group",
  },
  everyone: {
    id: "admin.flowForm.everyone",
    defaultMessage: "Everyone",
    description: "Flow form: every employee may ask",
  },
  members: {
    id: "admin.flowForm.members",
    defaultMessage: "Members of {group}",
    description: "Flow form: a choice of who may ask; group is a group's name",
  },
  steps: {
    id: "admin.flowForm.steps",
    defaultMessage: "Approval steps, in order",
    description: "Flow form: heading of the steps; each is decided by one person",
  },
  step: {
    id: "admin.flowForm.step",
    defaultMessage: "Step {number} is decided by",
    description: "Flow form: label of one step's approver choice",
  },
  stepGroup: {
    id: "admin.flowForm.stepGroup",
    defaultMessage: "Group of step {number}",
    description: "Flow form: the group whose members decide a step",
  },
  stepEmails: {
    id: "admin.flowForm.stepEmails",
    defaultMessage: "Emails of the approvers of step {number}, separated by commas",
    description: "Flow form: the named people who decide a step",
  },
  addStep: {
    id: "admin.flowForm.addStep",
    defaultMessage: "Add a step",
    description: "Flow form: button",
  },
  removeStep: {
    id: "admin.flowForm.removeStep",
    defaultMessage: "Remove step {number}",
    description: "Flow form: button beside a step",
  },
  duration: {
    id: "admin.flowForm.duration",
    defaultMessage: "How long access lasts",
    description: "Flow form: legend of the duration choice",
  },
  durationNone: {
    id: "admin.flowForm.durationNone",
    defaultMessage: "Until an admin removes it",
    description: "Flow form: access has no end",
  },
  durationList: {
    id: "admin.flowForm.durationList",
    defaultMessage: "A choice of durations",
    description: "Flow form: the requester picks one of a list",
  },
  durationMax: {
    id: "admin.flowForm.durationMax",
    defaultMessage: "Any number of days up to a maximum",
    description: "Flow form: the requester picks a number of days",
  },
  durationDays: {
    id: "admin.flowForm.durationDays",
    defaultMessage: "Days to choose from, separated by commas",
    description: "Flow form: the list of durations, e.g. 7, 30",
  },
  maxDays: {
    id: "admin.flowForm.maxDays",
    defaultMessage: "Longest access in days",
    description: "Flow form: the maximum duration",
  },
  expireDays: {
    id: "admin.flowForm.expireDays",
    defaultMessage: "Undecided requests expire after (days)",
    description: "Flow form: when a request nobody decided expires",
  },
  badDays: {
    id: "admin.flowForm.badDays",
    defaultMessage: "Write whole numbers of days from 1 to 365.",
    description: "Flow form: a duration or expiry was not a whole number in range",
  },
  unknownEmail: {
    id: "admin.flowForm.unknownEmail",
    defaultMessage: "No user has the email {email}.",
    description: "Flow form: a named approver's email matches no account",
  },
  noEmails: {
    id: "admin.flowForm.noEmails",
    defaultMessage: "Write the email of at least one approver.",
    description: "Flow form: a named-people step has no email",
  },
  save: {
    id: "admin.flowForm.save",
    defaultMessage: "Save flow",
    description: "Flow form: submit button",
  },
  saving: {
    id: "admin.flowForm.saving",
    defaultMessage: "Saving…",
    description: "Flow form: submit button while busy",
  },
});
