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
  await mailer?.send({
    to: user.email,
    subject: "Your Gatehouse multi-factor authentication was reset",
    text: [
      `Hello ${user.first_name},`,
      "",
      "An administrator reset the multi-factor authentication of your Gatehouse account: your",
      "authenticator app and recovery codes no longer work, and you were signed out everywhere.",
      "Set up an authenticator app again in Security after you sign in.",
      "",
      "If you did not ask for this, contact your IT administrator right away.",
    ].join("\n"),
  });
  return { ok: true, user: { user, hadFactor } };
}
