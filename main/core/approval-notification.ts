// The OS notification of access requests waiting for the user's decision (issue 20), in the
// app's language (desktop-text.ts), and where clicking it leads: the portal's "To approve" list.
// It names who asks for which app — never the request's reason: notifications can show on a
// locked screen, and the reason is the requester's free text (docs/desktop.md, "Access requests").
import { defineMessages } from "../../locales/define-messages.ts";
import type { ApprovalNotice } from "../../server/schemas/approval-notices.ts";
import type { DeepLinkAction } from "./deep-link.ts";
import type { DesktopText } from "./desktop-text.ts";

export const approvalNotificationMessages = defineMessages({
  title: {
    id: "desktop.approval.title",
    defaultMessage: "Access request to approve",
    description: "OS notification title: an access request waits for the user's decision",
  },
  body: {
    id: "desktop.approval.body",
    defaultMessage:
      "{multiStep, select, yes {{requester} asks for {app} (step {step} of {steps}).} other {{requester} asks for {app}.}} Open Gatehouse to decide.",
    description:
      "OS notification body. requester is a person's name; app is the app's name; step and steps are numbers",
  },
  manyTitle: {
    id: "desktop.approval.manyTitle",
    defaultMessage: "{count, plural, one {# access request} other {# access requests}} to approve",
    description: "OS notification title when several access requests arrive at once; count ≥ 2",
  },
  manyBody: {
    id: "desktop.approval.manyBody",
    defaultMessage: "The newest: {requester} asks for {app}. Open Gatehouse to decide.",
    description:
      "OS notification body when several access requests arrive at once. requester is a person's name; app is the app's name",
  },
});

export type ApprovalNotification = {
  title: string;
  body: string;
  /** What clicking it does: the window comes forward at the portal's "To approve" list. */
  target: DeepLinkAction;
};

/**
 * One notification for the access requests that arrived together, newest first: a single one
 * in full, several summed up — so an app started with a long queue does not fire a burst.
 */
export function describeApprovalNotification(
  fresh: readonly ApprovalNotice[],
  text: DesktopText,
): ApprovalNotification | undefined {
  const [newest] = fresh;
  if (newest === undefined) {
    return undefined;
  }
  const m = approvalNotificationMessages;
  const who = { requester: newest.requester.displayName, app: newest.appName };
  const target: DeepLinkAction = { kind: "open-approvals" };
  if (fresh.length > 1) {
    return {
      title: text(m.manyTitle, { count: fresh.length }),
      body: text(m.manyBody, who),
      target,
    };
  }
  return {
    title: text(m.title),
    body: text(m.body, {
      ...who,
      multiStep: newest.steps > 1 ? "yes" : "no",
      step: newest.step,
      steps: newest.steps,
    }),
    target,
  };
}
