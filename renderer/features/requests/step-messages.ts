// The words both sides of a request show: its state and each approval step's progress.
import { defineMessages } from "../../../locales/define-messages.ts";

export const stepMessages = defineMessages({
  state: {
    id: "requests.state",
    defaultMessage:
      "{state, select, pending {Waiting for approval} approved {Approved} denied {Denied} expired {Expired} cancelled {Withdrawn} other {Access ended}}",
    description: "A request's state badge; “other” is an approved request whose time ran out",
  },
  approverKind: {
    id: "requests.approverKind",
    defaultMessage:
      "{approver, select, manager {the manager} users {a named approver} group {a group member} other {an administrator}}",
    description: "Who decides one approval step, inside “Approved by …” lists",
  },
  stepsLabel: {
    id: "requests.steps.label",
    defaultMessage: "Approval steps",
    description: "Accessible name of a request's list of approval steps",
  },
  stepTitle: {
    id: "requests.steps.title",
    defaultMessage:
      "Step {number}: {approver, select, manager {manager} users {named approver} group {group member} other {administrator}}",
    description: "One approval step's heading; number counts from 1",
  },
  waitingFor: {
    id: "requests.steps.waitingFor",
    defaultMessage: "Waiting for {names}",
    description: "An undecided step; names is a list of people who may decide it",
  },
  later: {
    id: "requests.steps.later",
    defaultMessage: "After the step before",
    description: "A step that comes after the one waiting",
  },
  notDecided: {
    id: "requests.steps.notDecided",
    defaultMessage: "Not decided",
    description: "A step of a request that was withdrawn, denied earlier or expired",
  },
  decided: {
    id: "requests.steps.decided",
    defaultMessage:
      "{decision, select, approved {Approved by {name} on {date}} other {Denied by {name} on {date}}}",
    description: "A decided step; name is the approver's name, date a formatted date",
  },
  needsApprover: {
    id: "requests.needsApprover",
    defaultMessage:
      "{reason, select, no_manager {The profile names no manager, so nobody can approve this step yet. The admins have been told.} manager_not_found {The profile’s manager matches no single account, so nobody can approve this step yet. The admins have been told.} other {Nobody can approve this step yet. The admins have been told.}}",
    description: "A waiting request whose current step has nobody to decide it",
  },
});
