// The approval-flow form's state and its checks, apart from the form so they can be tested:
// a flow becomes a draft of plain fields, and a draft becomes the request body — or the first
// problem, named by the field it belongs to.
import type { MessageDescriptor } from "react-intl";
import type { FlowStep, RequestFlowBody, RequestFlowView } from "./request-flow-api.ts";
import { flowFormMessages as m } from "./request-flow-form-messages.ts";

export type StepDraft = { approver: FlowStep["approver"]; groupId: string; emails: string };
export type DurationMode = "none" | "list" | "max";

export type FlowDraft = {
  appId: string;
  targetGroupId: string;
  /** "" is everyone. */
  requestersGroupId: string;
  steps: StepDraft[];
  durationMode: DurationMode;
  durationsText: string;
  maxDaysText: string;
  expireDaysText: string;
};

export type DraftProblem = {
  field: string;
  message: MessageDescriptor;
  values?: Record<string, string>;
};

export const emptyStep: StepDraft = { approver: "manager", groupId: "", emails: "" };

export const newFlowDraft: FlowDraft = {
  appId: "",
  targetGroupId: "",
  requestersGroupId: "",
  steps: [emptyStep],
  durationMode: "none",
  durationsText: "",
  maxDaysText: "",
  expireDaysText: "30",
};

/** A saved flow as the form shows it; `emailOf` names the users of a "users" step. */
export function draftOfFlow(flow: RequestFlowView, emailOf: (userId: string) => string): FlowDraft {
  return {
    appId: flow.appId,
    targetGroupId: flow.targetGroupId,
    requestersGroupId: flow.requestersGroupId ?? "",
    steps: flow.steps.map((step) => ({
      approver: step.approver,
      groupId: step.approver === "group" ? step.groupId : "",
      emails: step.approver === "users" ? step.userIds.map(emailOf).join(", ") : "",
    })),
    durationMode:
      flow.durationsDays.length > 0 ? "list" : flow.maxDurationDays !== null ? "max" : "none",
    durationsText: flow.durationsDays.join(", "),
    maxDaysText: flow.maxDurationDays === null ? "" : String(flow.maxDurationDays),
    expireDaysText: String(flow.expireAfterDays),
  };
}

/** Whole days from 1 to 365, as the server takes them; undefined for anything else. */
export function parseDays(text: string): number | undefined {
  const trimmed = text.trim();
  const days = Number(trimmed);
  return /^\d{1,3}$/.test(trimmed) && days >= 1 && days <= 365 ? days : undefined;
}

export function emailsOf(text: string): string[] {
  return text
    .split(/[,\s]+/)
    .map((email) => email.trim())
    .filter((email) => email !== "");
}

/**
 * The body to send, or the first problem. `userIdOf` resolves an approver's email (undefined
 * when no account has it).
 */
export async function bodyOfDraft(
  draft: FlowDraft,
  userIdOf: (email: string) => Promise<string | undefined>,
): Promise<{ ok: true; body: RequestFlowBody } | { ok: false; problem: DraftProblem }> {
  const fail = (problem: DraftProblem) => ({ ok: false as const, problem });
  if (draft.appId === "") {
    return fail({ field: "appId", message: m.chooseApp });
  }
  if (draft.targetGroupId === "") {
    return fail({ field: "targetGroupId", message: m.chooseGroup });
  }
  const steps: FlowStep[] = [];
  for (const [index, step] of draft.steps.entries()) {
    if (step.approver === "group") {
      if (step.groupId === "") {
        return fail({ field: `step-${index}`, message: m.chooseGroup });
      }
      steps.push({ approver: "group", groupId: step.groupId });
    } else if (step.approver === "users") {
      const userIds: string[] = [];
      for (const email of emailsOf(step.emails)) {
        const id = await userIdOf(email);
        if (id === undefined) {
          return fail({ field: `step-${index}`, message: m.unknownEmail, values: { email } });
        }
        userIds.push(id);
      }
      if (userIds.length === 0) {
        return fail({ field: `step-${index}`, message: m.noEmails });
      }
      steps.push({ approver: "users", userIds });
    } else {
      steps.push({ approver: step.approver });
    }
  }
  const durations = draft.durationsText
    .split(",")
    .filter((part) => part.trim() !== "")
    .map(parseDays);
  const maxDays = parseDays(draft.maxDaysText);
  const expireDays = parseDays(draft.expireDaysText);
  if (draft.durationMode === "list" && (durations.length === 0 || durations.includes(undefined))) {
    return fail({ field: "durations", message: m.badDays });
  }
  if (draft.durationMode === "max" && maxDays === undefined) {
    return fail({ field: "maxDays", message: m.badDays });
  }
  if (expireDays === undefined) {
    return fail({ field: "expireDays", message: m.badDays });
  }
  return {
    ok: true,
    body: {
      targetGroupId: draft.targetGroupId,
      requestersGroupId: draft.requestersGroupId === "" ? null : draft.requestersGroupId,
      steps,
      durationsDays:
        draft.durationMode === "list" ? durations.filter((days) => days !== undefined) : [],
      maxDurationDays: draft.durationMode === "max" ? (maxDays ?? null) : null,
      expireAfterDays: expireDays,
    },
  };
}
