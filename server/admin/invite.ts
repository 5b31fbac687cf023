// Inviting a user: the account is created without a usable password and the user gets a link
// (three days, single use, the reset-link machinery) to choose their own first password. Sent
// again from the console while the user has not chosen one: a new link replaces the old, which
// stops working (issuing a link deletes the user's older ones).
import type { Clock, Random } from "../lib/clock.ts";
import { composeMail, inviteMail } from "../mail/mail-messages.ts";
import type { Mailer } from "../mail/mailer.ts";
import { inviteLinkLifetimeMs, issueResetToken } from "../passwords/reset-tokens.ts";
import { textFor } from "../policies/language.ts";
import type { Db } from "../storage/database.ts";
import type { User } from "../storage/schema.ts";
import { findUserById, updateUser } from "../storage/users.ts";
import { auditAdminChange, type AdminActor } from "./admin-actor.ts";

type InviteContext = { db: Db; clock: Clock; random: Random; mailer: Mailer };

export async function sendInvitation(
  context: InviteContext,
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

export type Resent =
  { ok: true; user: User } | { ok: false; reason: "not_found" | "not_invited" | "disabled" };

/** A fresh invitation link for a user who has not chosen a password yet; audited. */
export async function resendInvitation(
  actor: AdminActor,
  context: InviteContext,
  portalOrigin: string,
  userId: string,
): Promise<Resent> {
  const user = await findUserById(actor.db, userId);
  if (user === undefined) {
    return { ok: false, reason: "not_found" };
  }
  if (user.invited_at === null) {
    return { ok: false, reason: "not_invited" };
  }
  if (user.status !== "active") {
    return { ok: false, reason: "disabled" };
  }
  await sendInvitation(context, portalOrigin, user);
  await updateUser(actor.db, user.id, { invited_at: actor.now });
  await auditAdminChange(actor, "user.invitation_sent", {
    target: user,
    details: { resent: "yes" },
  });
  return { ok: true, user: (await findUserById(actor.db, user.id)) ?? user };
}
