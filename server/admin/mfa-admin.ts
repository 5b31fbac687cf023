// Admin reset of a user's MFA (docs/design.md §1.3), shared by the CLI and /api/admin: the
// authenticator and the recovery codes go, every session ends, the reset is audited and the user
// is told by mail. Under a "required" policy the user enrolls again at the next sign-in.
import { removeRecoveryCodes } from "../auth/mfa/recovery-code-store.ts";
import { removeTotp } from "../auth/mfa/totp-factor.ts";
import { invalidateUserSessions } from "../auth/session.ts";
import type { Mailer } from "../mail/mailer.ts";
import type { User } from "../storage/schema.ts";
import { findUserById } from "../storage/users.ts";
import {
  auditAdminChange,
  inTransaction,
  type AdminActor,
  type AdminResult,
} from "./admin-actor.ts";

export async function resetUserMfa(
  actor: AdminActor,
  mailer: Mailer | undefined,
  userId: string,
): Promise<AdminResult<{ user: User; hadFactor: boolean }>> {
  const reset = await inTransaction(actor, async (actor) => {
    const user = await findUserById(actor.db, userId);
    if (user === undefined) {
      return undefined;
    }
    const hadFactor = await removeTotp(actor.db, userId);
    await removeRecoveryCodes(actor.db, userId);
    await invalidateUserSessions(actor.db, userId);
    await auditAdminChange(actor, "mfa.reset_by_admin", { target: user, details: { hadFactor } });
    return { user, hadFactor };
  });
  if (reset === undefined) {
    return { ok: false, reason: "not_found" };
  }
  const { user, hadFactor } = reset;
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
