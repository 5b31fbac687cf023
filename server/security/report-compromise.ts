// "This wasn't me" (docs/design.md §1.2 Security): the user flags an event they do not recognize.
// Everything an intruder could hold is cut off at once — every session ends and the account
// locks until an admin unlocks it — and the user and every admin are told by email.
import { recordAuditEvent, type AuditOrigin } from "../audit/audit-log.ts";
import { describeAuditEvent } from "../audit/event-catalogue.ts";
import { revokeUserDevices } from "../devices/device-store.ts";
import type { Mailer } from "../mail/mailer.ts";
import type { Db } from "../storage/database.ts";
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

  const when = new Date(event.at).toUTCString();
  // The mails name the event in words, as the sign-in history does (audit/event-catalogue.ts).
  const what = `“${describeAuditEvent(event.event).title}” on ${when}`;
  await mailer.send({
    to: user.email,
    subject: "We locked your Gatehouse account to protect it",
    text: [
      `You told us you did not recognize this activity on your account: ${what}.`,
      "",
      "To protect you, we signed you out everywhere and locked your account.",
      "Your IT administrator has been told and will contact you to unlock it and help you",
      "choose a new password. Until then nobody can sign in to your account.",
    ].join("\n"),
  });
  const admins = await db
    .selectFrom("users")
    .select("email")
    .where("role", "=", "admin")
    .where("status", "=", "active")
    .where("id", "!=", user.id)
    .execute();
  for (const admin of admins) {
    await mailer.send({
      to: admin.email,
      subject: `Action needed: ${user.email} reported activity they did not recognize`,
      text: [
        `${user.display_name} (${user.email}) reported an event they did not recognize:`,
        `${what}${event.ip === null ? "" : ` from ${event.ip}`}.`,
        "",
        "Their sessions were ended and the account is locked until an admin unlocks it.",
        "Review the audit log, contact the user, then unlock the account and reset their password.",
      ].join("\n"),
    });
  }
}
