// "This wasn't me" (docs/design.md §1.2 Security): the user flags an event they do not recognize.
// Everything an intruder could hold is cut off at once — every session ends and the account
// locks until an admin unlocks it — and the user and every admin are told by email.
import { recordAuditEvent, type AuditOrigin } from "../audit/audit-log.ts";
import { describeAuditEvent, eventTitleMessage } from "../audit/event-catalogue.ts";
import { revokeUserDevices } from "../devices/device-store.ts";
import type { Mailer } from "../mail/mailer.ts";
import type { Db } from "../storage/database.ts";
import type { Locale } from "../../locales/locales.ts";
import {
  compromiseReportedMail,
  composeMail,
  lockedAfterReportMail,
  mailTime,
} from "../mail/mail-messages.ts";
import { textFor } from "../policies/language.ts";
import type { AuditEvent, User } from "../storage/schema.ts";
import type { Clock } from "../lib/clock.ts";
import { findSecurityEvent } from "./security-history.ts";

/**
 * "This wasn't me" on an event of the user's own history: not_found for anyone else's, and
 * not_reportable for an event that is neither a sign-in nor a change to how they sign in.
 */
export async function reportUnrecognizedEvent(
  context: { db: Db; clock: Clock; mailer: Mailer },
  input: { user: User; eventId: string; origin: AuditOrigin },
): Promise<{ ok: true } | { ok: false; reason: "not_found" | "not_reportable" }> {
  const event = await findSecurityEvent(context.db, input.user.id, input.eventId);
  if (event === undefined) {
    return { ok: false, reason: "not_found" };
  }
  if (!describeAuditEvent(event.event).reportable) {
    return { ok: false, reason: "not_reportable" };
  }
  const { db, mailer, clock } = context;
  await reportCompromise({
    db,
    mailer,
    now: clock.now(),
    user: input.user,
    event,
    origin: input.origin,
  });
  return { ok: true };
}

export async function reportCompromise(input: {
  db: Db;
  mailer: Mailer;
  now: number;
  user: User;
  event: AuditEvent;
  origin: AuditOrigin;
}): Promise<void> {
  const { db, mailer, now, user, event } = input;
  await db.transaction().execute(async (transaction) => {
    await transaction
      .updateTable("users")
      .set({ locked_at: now, locked_until: null, lock_reason: "reported_compromise" })
      .where("id", "=", user.id)
      .execute();
    await transaction.deleteFrom("sessions").where("user_id", "=", user.id).execute();
    // Enrolled devices and their passkeys stop working too: a stolen laptop cannot sign back in.
    await revokeUserDevices(transaction, user.id, now);
    await recordAuditEvent(transaction, {
      event: "account.reported_compromise",
      at: now,
      actorId: user.id,
      targetId: user.id,
      targetEmail: user.email,
      origin: input.origin,
      details: { reportedEvent: event.event, reportedEventId: event.id },
    });
  });

  // The mails name the event as the sign-in history does, in each recipient's language.
  const described = async (recipient: { locale: Locale | null }) => {
    const text = await textFor(db, recipient);
    return { text, event: text(eventTitleMessage(event.event)), at: mailTime(text, event.at) };
  };
  const own = await described(user);
  await mailer.send(
    composeMail(own.text, lockedAfterReportMail, user.email, { event: own.event, at: own.at }),
  );
  const admins = await db
    .selectFrom("users")
    .select(["email", "locale"])
    .where("role", "=", "admin")
    .where("status", "=", "active")
    .where("id", "!=", user.id)
    .execute();
  for (const admin of admins) {
    const theirs = await described(admin);
    await mailer.send(
      composeMail(theirs.text, compromiseReportedMail, admin.email, {
        name: user.display_name,
        email: user.email,
        event: theirs.event,
        at: theirs.at,
        hasIp: event.ip === null ? "no" : "yes",
        ip: event.ip ?? "",
      }),
    );
  }
}
