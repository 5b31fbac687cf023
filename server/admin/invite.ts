// Inviting a user: the account is created without a usable password and the user gets a link
// (three days, single use, the reset-link machinery) to choose their own first password.
import type { Mailer } from "../mail/mailer.ts";
import { inviteLinkLifetimeMs, issueResetToken } from "../passwords/reset-tokens.ts";
import type { Clock, Random } from "../lib/clock.ts";
import type { User } from "../storage/schema.ts";
import type { Db } from "../storage/database.ts";

export async function sendInvitation(
  context: { db: Db; clock: Clock; random: Random; mailer: Mailer },
  portalOrigin: string,
  user: User,
): Promise<void> {
  const token = await issueResetToken(context, user.id, inviteLinkLifetimeMs);
  await context.mailer.send({
    to: user.email,
    subject: "You are invited to Gatehouse",
    text: [
      `Hello ${user.first_name},`,
      "",
      "Your organization created a Gatehouse account for you. Open this link within three days",
      "to choose your password, then sign in with your company email:",
      "",
      `${portalOrigin}/reset-password#token=${encodeURIComponent(token)}`,
    ].join("\n"),
  });
}
