// Password-expiry reminder mails (docs/design.md §1.1): once a day for the days before expiry. A
// row per (user, expiry, day) with a primary key makes the send idempotent: after a restart, or
// with several instances running the same sweep, only the insert that wins sends the mail.
import { passwordExpiresAt } from "../auth/password-expiry.ts";
import { composeMail, expiryReminderMail, mailTime } from "../mail/mail-messages.ts";
import type { Mailer } from "../mail/mailer.ts";
import { textFor } from "../policies/language.ts";
import { readPolicy } from "../policies/policy-store.ts";
import type { Db } from "../storage/database.ts";

const day = 24 * 60 * 60 * 1000;

/** Sends the reminders due at `now`; returns how many mails this call sent. */
export async function sendExpiryReminders(db: Db, mailer: Mailer, now: number): Promise<number> {
  const policy = await readPolicy(db, "password");
  if (policy.maxAgeDays === 0) {
    return 0;
  }
  const users = await db
    .selectFrom("users")
    .select(["id", "email", "first_name", "locale", "password_changed_at", "created_at"])
    .where("status", "=", "active")
    .where("password_hash", "is not", null)
    .execute();
  let sent = 0;
  for (const user of users) {
    const expiresAt = passwordExpiresAt(user, policy);
    if (expiresAt === null || now >= expiresAt) {
      continue; // expired passwords are handled at sign-in, not by mail
    }
    const daysLeft = Math.ceil((expiresAt - now) / day);
    if (daysLeft > policy.reminderDays) {
      continue;
    }
    const claimed = await db
      .insertInto("password_expiry_reminders")
      .values({ user_id: user.id, expires_at: expiresAt, days_before: daysLeft, sent_at: now })
      .onConflict((conflict) => conflict.doNothing())
      .returning("user_id")
      .executeTakeFirst();
    if (claimed === undefined) {
      continue; // this day's reminder already went out
    }
    try {
      const text = await textFor(db, user);
      await mailer.send(
        composeMail(text, expiryReminderMail, user.email, {
          name: user.first_name,
          days: daysLeft,
          expiresAt: mailTime(text, expiresAt),
        }),
      );
      sent += 1;
    } catch (error) {
      // Give the claim back so the next sweep retries instead of silently skipping the day.
      await db
        .deleteFrom("password_expiry_reminders")
        .where("user_id", "=", user.id)
        .where("expires_at", "=", expiresAt)
        .where("days_before", "=", daysLeft)
        .execute();
      throw error;
    }
  }
  return sent;
}
