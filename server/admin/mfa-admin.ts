// Admin reset of a user's MFA (docs/design.md §1.3), shared by the CLI and /api/admin: the
// authenticator and the recovery codes go, every session ends, the reset is audited and the user
// is told by mail. Under a "required" policy the user enrolls again at the next sign-in.
import { removeRecoveryCodes } from "../auth/mfa/recovery-code-store.ts";
import { removeTotp } from "../auth/mfa/totp-factor.ts";
import { invalidateUserSessions } from "../auth/session.ts";
import type { Mailer } from "../mail/mailer.ts";
import type { User } from "../storage/schema.ts";
import { findUserById } from "../storage/users.ts";
import { composeMail, mfaResetMail } from "../mail/mail-messages.ts";
import { textFor } from "../policies/language.ts";
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
    await auditAdminChange(actor, "mfa.reset_by_admin", {
      target: user,
      details: {
        hadFactor,
        recoveryCodes: "removed",
        changed: ["authenticator"],
        before: { authenticator: hadFactor ? "set up" : "none" },
        after: { authenticator: "none" },
      },
    });
    return { user, hadFactor };
  });
  if (reset === undefined) {
    return { ok: false, reason: "not_found" };
  }
  const { user, hadFactor } = reset;
  await mailer?.send(
    composeMail(await textFor(actor.db, user), mfaResetMail, user.email, { name: user.first_name }),
  );
  return { ok: true, user: { user, hadFactor } };
}
