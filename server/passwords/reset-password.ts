// Setting a new password with a reset link: the link must be live, the account not locked, the
// new password must pass the policy and the history (checked first, so a rejected password does
// not spend the user's code), and a user with MFA gives a current code or a recovery code too.
// The link is consumed once; every session ends and the user gets a notice.
import type { AuditOrigin } from "../audit/audit-log.ts";
import { lockState } from "../auth/lockout.ts";
import {
  checkSecondFactor,
  type SecondFactorContext,
  type SecondFactorResult,
} from "../auth/mfa/second-factor.ts";
import { readPolicy } from "../policies/policy-store.ts";
import type { LockReason } from "../storage/schema.ts";
import { judgeNewPassword, storeNewPassword, type PasswordRejection } from "./replace-password.ts";
import { secondFactorForReset } from "./reset-second-factor.ts";
import { consumeResetToken, findResetTokenUser } from "./reset-tokens.ts";
import { composeMail, passwordResetNoticeMail } from "../mail/mail-messages.ts";
import { textFor } from "../policies/language.ts";

export type PasswordReset =
  | { ok: true }
  | { ok: false; reason: "link_invalid" | "code_required" }
  | { ok: false; reason: "locked"; until: number | null; lockReason: LockReason }
  | { ok: false; reason: "rejected"; rejection: PasswordRejection }
  | { ok: false; reason: "second_factor"; failure: Exclude<SecondFactorResult, { ok: true }> };

export async function resetPassword(
  context: SecondFactorContext,
  input: { token: string; newPassword: string; code?: string | undefined; origin: AuditOrigin },
): Promise<PasswordReset> {
  const { db, clock, mailer } = context;
  const user = await findResetTokenUser(context, input.token);
  if (user === undefined) {
    return { ok: false, reason: "link_invalid" };
  }
  const now = clock.now();
  const lock = lockState(user, now);
  if (lock.locked) {
    return { ok: false, reason: "locked", until: lock.until, lockReason: lock.reason };
  }
  const judged = await judgeNewPassword(db, user, input.newPassword);
  if (!judged.ok) {
    return { ok: false, reason: "rejected", rejection: judged };
  }
  if ((await secondFactorForReset(db, user)).required) {
    if (input.code === undefined) {
      return { ok: false, reason: "code_required" };
    }
    const second = await checkSecondFactor(context, {
      userId: user.id,
      code: input.code,
      lockout: await readPolicy(db, "lockout"),
      purpose: "password_reset",
      origin: input.origin,
    });
    if (!second.ok) {
      return { ok: false, reason: "second_factor", failure: second };
    }
  }
  if ((await consumeResetToken(context, input.token)) !== user.id) {
    return { ok: false, reason: "link_invalid" }; // another request used the link first
  }
  await storeNewPassword({ db, now }, user, input.newPassword, {
    event: "password.reset",
    origin: input.origin,
  });
  await mailer.send(
    composeMail(await textFor(db, user), passwordResetNoticeMail, user.email, {
      name: user.first_name,
    }),
  );
  return { ok: true };
}
