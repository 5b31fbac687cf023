// Outgoing mail (DESIGN.md §4): nodemailer over the configured SMTP URL, or — with none — the
// outbox table that `gatehouse-admin mail list` shows. Either way the log gets one line that
// never contains the message body, which may hold a link with a token.
import { randomUUID } from "node:crypto";
import nodemailer from "nodemailer";
import type { Db } from "../storage/database.ts";

export type MailMessage = { to: string; subject: string; text: string };

export type Mailer = { send(message: MailMessage): Promise<void> };

export function createMailer(options: {
  smtpUrl: string | undefined;
  from: string;
  db: Db;
  now: () => number;
  log: { info(details: object, message: string): void };
}): Mailer {
  const { smtpUrl, from, db, now, log } = options;
  if (smtpUrl === undefined) {
    return {
      async send(message) {
        await db
          .insertInto("mail_outbox")
          .values({
            id: randomUUID(),
            created_at: now(),
            recipient: message.to,
            subject: message.subject,
            body: message.text,
          })
          .execute();
        log.info(
          { subject: message.subject },
          "no SMTP server configured; mail kept in the outbox",
        );
      },
    };
  }
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(message) {
      await transport.sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
      });
      log.info({ subject: message.subject }, "mail sent");
    },
  };
}

export function listOutbox(db: Db, limit = 50) {
  return db
    .selectFrom("mail_outbox")
    .selectAll()
    .orderBy("created_at", "desc")
    .limit(limit)
    .execute();
}
