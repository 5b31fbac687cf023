// Inviting a user: the account is created without a usable password and the user gets a link
// (three days, single use, the reset-link machinery) to choose their own first password.
import type { Mailer } from "../mail/mailer.ts";
import { inviteLinkLifetimeMs, issueResetToken } from "../passwords/reset-tokens.ts";
import type { Clock, Random } from "../lib/clock.ts";
import type { User } from "../storage/schema.ts";
import { composeMail, inviteMail } from "../mail/mail-messages.ts";
import { textFor } from "../policies/language.ts";
import type { Db } from "../storage/database.ts";

export async function sendInvitation(
  context: { db: Db; clock: Clock; random: Random },
  mailer: Mailer,
  baseUrl: string,
  user: User,
): Promise<void> {
  const token = await issueResetToken(context, user.id, inviteLinkLifetimeMs);
  await mailer.send(
    composeMail(await textFor(context.db, user), inviteMail, user.email, {
      name: user.first_name,
      link: `${baseUrl}/reset-password#token=${encodeURIComponent(token)}`,
    }),
  );
}
