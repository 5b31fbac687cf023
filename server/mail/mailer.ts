// Outgoing mail (docs/design.md §4): nodemailer over the configured SMTP URL, or — with none — the
// outbox table that `gatehouse-admin mail list` shows. Either way the log gets one line that
// never contains the message body, which may hold a link with a token.
import { randomUUID } from "node:crypto";
import type { Db } from "../storage/database.ts";

export type MailMessage = { to: string; subject: string; text: string };

export type Mailer = {
  /** Where mail goes: a relay over SMTP, or the outbox table when none is configured. */
  delivery: "smtp" | "outbox";
  /** Delivers (or stores) the message; rejects when that fails. */
  send(message: MailMessage): Promise<void>;
  /**
   * Hands the message over without waiting for the relay, for answers whose timing must not
   * depend on whether a mail went out (forgot password). Failures are logged, not thrown.
   */
  sendInBackground(message: MailMessage): Promise<void>;
};

export type MailLog = {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
};

export function createMailer(options: {
  smtpUrl: string | undefined;
  from: string;
  db: Db;
  now: () => number;
  log: MailLog;
}): Mailer {
  const { smtpUrl, from, db, now, log } = options;
  if (smtpUrl === undefined) {
    const store = async (message: MailMessage) => {
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
      log.info({ subject: message.subject }, "no SMTP server configured; mail kept in the outbox");
    };
    // One row insert costs about what the unknown-address path spends, so it stays inline.
    return { delivery: "outbox", send: store, sendInBackground: store };
  }
  // nodemailer is loaded on the first mail, not at start-up (docs/architecture.md, "Start-up and HTTP").
  const transport = import("nodemailer").then(({ default: nodemailer }) =>
    nodemailer.createTransport(smtpUrl),
  );
  const send = async (message: MailMessage) => {
    await (
      await transport
    ).sendMail({
      from,
      to: message.to,
      subject: message.subject,
      text: message.text,
    });
    log.info({ subject: message.subject }, "mail sent");
  };
  return {
    delivery: "smtp",
    send,
    sendInBackground(message) {
      send(message).catch((error: unknown) => {
        log.error({ err: error, subject: message.subject }, "mail could not be sent");
      });
      return Promise.resolve();
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
