// The mails of an access request (docs/admin.md "Access requests"), in each recipient's language:
// to the approvers when a step waits for them (or to the admins when nobody can decide it), and
// to the requester when the request is decided or expires and before and when the access ends.
import { defineMessages } from "../../locales/define-messages.ts";
import { composeMail, mailTime, type MailTemplate } from "../mail/mail-messages.ts";
import type { Mailer } from "../mail/mailer.ts";
import { textFor } from "../policies/language.ts";
import type { Db } from "../storage/database.ts";

export const toApproveMail = defineMessages({
  subject: {
    id: "server.mail.request.toApprove.subject",
    defaultMessage: "{requester} asks for access to {app}",
    description: "Mail subject to an approver; requester is a person's name, app an app's name",
  },
  body: {
    id: "server.mail.request.toApprove.body",
    defaultMessage:
      "Hello {name},\n\n{requester} ({email}) asks for access to {app}. {hasDuration, select, yes {For {days, plural, one {# day} other {# days}}.} other {Without an end date.}}\nTheir reason: “{reason}”\n\nApprove or deny it in the Gatehouse portal under Requests → To approve.\nUndecided, the request expires on {expiresAt}.",
    description:
      "Mail body to an approver; name is the approver's first name, reason the requester's own words, expiresAt a date (UTC)",
  },
});

export const needsApproverMail = defineMessages({
  subject: {
    id: "server.mail.request.needsApprover.subject",
    defaultMessage: "A request for {app} has nobody to approve it",
    description: "Mail subject to the admins; app is an app's name",
  },
  body: {
    id: "server.mail.request.needsApprover.body",
    defaultMessage:
      "{requester} ({email}) asks for access to {app}, but {missing, select, no_manager {their profile names no manager} manager_not_found {the manager on their profile matches no single active account} other {no active account may approve this step}}.\n\nAs an admin you may decide it in the Gatehouse portal under Requests → To approve, or fix the profile or the app's request flow.",
    description: "Mail body to the admins; missing says why the request has no approver",
  },
});

export const approvedMail = defineMessages({
  subject: {
    id: "server.mail.request.approved.subject",
    defaultMessage: "You now have access to {app}",
    description: "Mail subject; app is an app's name",
  },
  body: {
    id: "server.mail.request.approved.body",
    defaultMessage:
      "Hello {name},\n\nYour request for {app} was approved. The app is in Applications in the Gatehouse portal.\n{hasEnd, select, yes {Your access ends on {endsAt}.} other {}}",
    description: "Mail body; name is the first name, endsAt a date (UTC)",
  },
});

export const deniedMail = defineMessages({
  subject: {
    id: "server.mail.request.denied.subject",
    defaultMessage: "Your request for {app} was denied",
    description: "Mail subject; app is an app's name",
  },
  body: {
    id: "server.mail.request.denied.body",
    defaultMessage:
      "Hello {name},\n\nYour request for access to {app} was denied by {approver}.\nIf you still need the app, talk to them or to your IT administrator.",
    description: "Mail body; name is the first name, approver the name of who denied it",
  },
});

export const requestExpiredMail = defineMessages({
  subject: {
    id: "server.mail.request.expired.subject",
    defaultMessage: "Your request for {app} expired",
    description: "Mail subject; app is an app's name",
  },
  body: {
    id: "server.mail.request.expired.body",
    defaultMessage:
      "Hello {name},\n\nNobody decided your request for access to {app} in time, so it expired.\nYou may ask again in the Gatehouse portal under Requests.",
    description: "Mail body; name is the first name",
  },
});

export const accessEndingMail = defineMessages({
  subject: {
    id: "server.mail.request.ending.subject",
    defaultMessage: "Your access to {app} ends soon",
    description: "Mail subject; app is an app's name",
  },
  body: {
    id: "server.mail.request.ending.body",
    defaultMessage:
      "Hello {name},\n\nYour access to {app} ends on {endsAt}.\nIf you still need it after that, ask again in the Gatehouse portal under Requests.",
    description: "Mail body; name is the first name, endsAt a date (UTC)",
  },
});

export const accessEndedMail = defineMessages({
  subject: {
    id: "server.mail.request.ended.subject",
    defaultMessage: "Your access to {app} has ended",
    description: "Mail subject; app is an app's name",
  },
  body: {
    id: "server.mail.request.ended.body",
    defaultMessage:
      "Hello {name},\n\nThe time-limited access to {app} you were given has ended, and the app is no longer in Applications.\nIf you still need it, ask again in the Gatehouse portal under Requests.",
    description: "Mail body; name is the first name",
  },
});

/** Mails `template` to each account in its language; `at` values become dates in words. */
export async function mailAccounts(
  context: { db: Db; mailer: Mailer },
  userIds: string[],
  template: MailTemplate,
  values: Record<string, string | number>,
  dates: Record<string, number> = {},
): Promise<void> {
  if (userIds.length === 0) {
    return;
  }
  const users = await context.db
    .selectFrom("users")
    .select(["id", "email", "first_name", "locale"])
    .where("id", "in", userIds)
    .where("status", "=", "active")
    .execute();
  for (const user of users) {
    const text = await textFor(context.db, user);
    const inWords = Object.fromEntries(
      Object.entries(dates).map(([key, at]) => [key, mailTime(text, at)]),
    );
    // Sent in the background: a relay that is down must not undo or fail a decision.
    await context.mailer.sendInBackground(
      composeMail(text, template, user.email, { ...values, ...inWords, name: user.first_name }),
    );
  }
}
