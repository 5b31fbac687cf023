// Inviting a user: the account is created without a usable password and the user gets a link
// (three days, single use, the reset-link machinery) to choose their own first password.
import type { Clock, Random } from "../lib/clock.ts";
import { composeMail, inviteMail } from "../mail/mail-messages.ts";
import type { Mailer } from "../mail/mailer.ts";
import { inviteLinkLifetimeMs, issueResetToken } from "../passwords/reset-tokens.ts";
import { textFor } from "../policies/language.ts";
import type { Db } from "../storage/database.ts";
import type { User } from "../storage/schema.ts";

export async function sendInvitation(
  context: { db: Db; clock: Clock; random: Random; mailer: Mailer },
  portalOrigin: string,
  user: User,
): Promise<void> {
  const token = await issueResetToken(context, user.id, inviteLinkLifetimeMs);
  await context.mailer.send(
    composeMail(await textFor(context.db, user), inviteMail, user.email, {
      name: user.first_name,
      link: `${portalOrigin}/reset-password#token=${encodeURIComponent(token)}`,
    }),
  );
}
