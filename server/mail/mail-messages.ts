// The words of every mail the server sends (docs/design.md §10), each a subject and a body, in
// the language server/policies/language.ts picks for the recipient. Extracted into
// locales/*.json under `server.mail.`.
import { defineMessages } from "../../locales/define-messages.ts";
import type { Message } from "../../locales/define-messages.ts";
import type { ServerText } from "../lib/server-text.ts";
import type { MailMessage } from "./mailer.ts";

export type MailTemplate = { subject: Message; body: Message };

export const resetMail = defineMessages({
  subject: {
    id: "server.mail.reset.subject",
    defaultMessage: "Reset your Gatehouse password",
    description: "Mail subject: a password reset link",
  },
  body: {
    id: "server.mail.reset.body",
    defaultMessage:
      "Hello {name},\n\nSomeone (hopefully you) asked to reset the password of your Gatehouse account.\nOpen this link within one hour to choose a new password:\n\n{link}\n\nIf you did not ask for this, ignore this email; your password stays as it is.",
    description:
      "Mail body; name is the first name, link the one-hour reset link (keep it on its own line)",
  },
});

export const passwordResetNoticeMail = defineMessages({
  subject: {
    id: "server.mail.resetNotice.subject",
    defaultMessage: "Your Gatehouse password was changed",
    description: "Mail subject after a password reset",
  },
  body: {
    id: "server.mail.resetNotice.body",
    defaultMessage:
      "Hello {name},\n\nThe password of your Gatehouse account was just reset, and every session was signed out.\nIf this was not you, contact your IT administrator right away.",
    description: "Mail body after a password reset; name is the first name",
  },
});

export const inviteMail = defineMessages({
  subject: {
    id: "server.mail.invite.subject",
    defaultMessage: "You are invited to Gatehouse",
    description: "Mail subject: an admin created an account",
  },
  body: {
    id: "server.mail.invite.body",
    defaultMessage:
      "Hello {name},\n\nYour organization created a Gatehouse account for you. Open this link within three days\nto choose your password, then sign in with your company email:\n\n{link}",
    description:
      "Mail body; name is the first name, link sets the first password (valid three days)",
  },
});

export const relayTestMail = defineMessages({
  subject: {
    id: "server.mail.relayTest.subject",
    defaultMessage: "Gatehouse test mail",
    description: "Mail subject: an admin tested the mail relay from the console's Settings",
  },
  body: {
    id: "server.mail.relayTest.body",
    defaultMessage:
      "This is a test mail from Gatehouse, sent by {admin} from the admin console's Settings.\nIf you can read it, Gatehouse's mail reaches this address through the configured relay.",
    description: "Mail body; admin is the email address of the admin who sent it",
  },
});

export const mfaResetMail = defineMessages({
  subject: {
    id: "server.mail.mfaReset.subject",
    defaultMessage: "Your Gatehouse multi-factor authentication was reset",
    description: "Mail subject: an admin reset the user's MFA",
  },
  body: {
    id: "server.mail.mfaReset.body",
    defaultMessage:
      "Hello {name},\n\nAn administrator reset the multi-factor authentication of your Gatehouse account: your\nauthenticator app and recovery codes no longer work, and you were signed out everywhere.\nSet up an authenticator app again in Security after you sign in.\n\nIf you did not ask for this, contact your IT administrator right away.",
    description: "Mail body; name is the first name",
  },
});

export const recoveryCodeUsedMail = defineMessages({
  subject: {
    id: "server.mail.recoveryCodeUsed.subject",
    defaultMessage: "A Gatehouse recovery code was used",
    description: "Mail subject",
  },
  body: {
    id: "server.mail.recoveryCodeUsed.body",
    defaultMessage:
      "Hello {name},\n\nOne of the recovery codes of your Gatehouse account was just used to sign in or confirm\nit was you. Each code works once; the Security page shows how many you have left.\n\nIf this was not you, contact your IT administrator right away.",
    description: "Mail body; name is the first name",
  },
});

export const factorChangedMail = defineMessages({
  subject: {
    id: "server.mail.factorChanged.subject",
    defaultMessage: "Your Gatehouse sign-in methods changed",
    description: "Mail subject: the authenticator app was set up, replaced or removed",
  },
  body: {
    id: "server.mail.factorChanged.body",
    defaultMessage:
      "Hello {name},\n\n{change, select, replaced {The authenticator app of your Gatehouse account was replaced.} removed {The authenticator app of your Gatehouse account was removed.} other {An authenticator app was set up for your Gatehouse account.}}\nYour other sessions were signed out.\n\nIf this was not you, contact your IT administrator right away.",
    description: "Mail body; name is the first name, change says what happened",
  },
});

export const expiryReminderMail = defineMessages({
  subject: {
    id: "server.mail.expiry.subject",
    defaultMessage: "Your Gatehouse password expires in {days, plural, one {# day} other {# days}}",
    description: "Mail subject: a reminder before the password expires",
  },
  body: {
    id: "server.mail.expiry.body",
    defaultMessage:
      "Hello {name},\n\nYour password expires on {expiresAt}.\nChange it in the portal under Security → Password. After that date you will be asked\nto choose a new one when you sign in.",
    description: "Mail body; name is the first name, expiresAt a date and time (UTC)",
  },
});

export const lockedAfterReportMail = defineMessages({
  subject: {
    id: "server.mail.lockedAfterReport.subject",
    defaultMessage: "We locked your Gatehouse account to protect it",
    description: "Mail subject after the user reported activity they did not recognize",
  },
  body: {
    id: "server.mail.lockedAfterReport.body",
    defaultMessage:
      "You told us you did not recognize this activity on your account: “{event}” on {at}.\n\nTo protect you, we signed you out everywhere and locked your account.\nYour IT administrator has been told and will contact you to unlock it and help you\nchoose a new password. Until then nobody can sign in to your account.",
    description:
      "Mail body; event is the event's name (as in the sign-in history), at its time (UTC)",
  },
});

export const compromiseReportedMail = defineMessages({
  subject: {
    id: "server.mail.compromiseReported.subject",
    defaultMessage: "Action needed: {email} reported activity they did not recognize",
    description: "Mail subject to the admins; email is the user's",
  },
  body: {
    id: "server.mail.compromiseReported.body",
    defaultMessage:
      "{name} ({email}) reported an event they did not recognize:\n{hasIp, select, yes {“{event}” on {at} from {ip}.} other {“{event}” on {at}.}}\n\nTheir sessions were ended and the account is locked until an admin unlocks it.\nReview the audit log, contact the user, then unlock the account and reset their password.",
    description:
      "Mail body to the admins; event is the event's name, at its time (UTC), ip its address",
  },
});

/** A mail in the recipient's language. */
export function composeMail(
  text: ServerText,
  template: MailTemplate,
  to: string,
  values: Record<string, string | number>,
): MailMessage {
  return { to, subject: text(template.subject, values), text: text(template.body, values) };
}

/** A time in a mail: the recipient's language, in UTC (the server cannot know their zone). */
export function mailTime(text: ServerText, at: number): string {
  return new Intl.DateTimeFormat(text.locale, {
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "UTC",
    timeZoneName: "short",
  }).format(at);
}
