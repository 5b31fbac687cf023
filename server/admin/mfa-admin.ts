// Admin reset of a user's MFA (docs/design.md §1.3), shared by the CLI and /api/admin: the
// authenticator and the recovery codes go, every session ends, the reset is audited and the user
// is told by mail. Under a "required" policy the user enrolls again at the next sign-in.
import { recordAuditEvent } from "../audit/audit-log.ts";
import { removeRecoveryCodes } from "../auth/mfa/recovery-code-store.ts";
import { removeTotp } from "../auth/mfa/totp-factor.ts";
import { invalidateUserSessions } from "../auth/session.ts";
import type { Mailer } from "../mail/mailer.ts";
import type { User } from "../storage/schema.ts";
import { findUserById } from "../storage/users.ts";
import { composeMail, mfaResetMail } from "../mail/mail-messages.ts";
import { textFor } from "../policies/language.ts";
import type { AdminActor, AdminResult } from "./user-admin.ts";

export async function resetUserMfa(
  actor: AdminActor,
  mailer: Mailer | undefined,
  userId: string,
): Promise<AdminResult<{ user: User; hadFactor: boolean }>> {
  const { db, now } = actor;
  const user = await findUserById(db, userId);
  if (user === undefined) {
    return { ok: false, reason: "not_found" };
  }
  const hadFactor = await removeTotp(db, userId);
  await removeRecoveryCodes(db, userId);
  await invalidateUserSessions(db, userId);
  await recordAuditEvent(db, {
    event: "mfa.reset_by_admin",
    at: now,
    actorId: actor.actorId,
    targetId: user.id,
    targetEmail: user.email,
    ...(actor.origin === undefined ? {} : { origin: actor.origin }),
    details: { hadFactor },
  });
  await mailer?.send(
    composeMail(await textFor(db, user), mfaResetMail, user.email, { name: user.first_name }),
  );
  return { ok: true, user: { user, hadFactor } };
}
