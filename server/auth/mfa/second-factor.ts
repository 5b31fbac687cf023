// Checks a user's second factor — a 6-digit TOTP code or a recovery code — with lockout around it,
// for sign-in, re-verification, password reset and per-app step-up alike: a locked account is
// refused before the code is looked at (docs/design.md §5), every wrong code counts toward the
// lock, every failure is audited, and a used recovery code is mailed to the user.
import { recordAuditEvent, type AuditOrigin } from "../../audit/audit-log.ts";
import type { Mailer } from "../../mail/mailer.ts";
import type { Policies } from "../../schemas/policies.ts";
import type { LockReason, User } from "../../storage/schema.ts";
import { findUserById } from "../../storage/users.ts";
import { clearFailedAttempts, lockState, recordFailedAttempt } from "../lockout.ts";
import { consumeRecoveryCode } from "./recovery-code-store.ts";
import { composeMail, recoveryCodeUsedMail } from "../../mail/mail-messages.ts";
import { textFor } from "../../policies/language.ts";
import { checkTotpCode, findTotpFactor, type TotpContext } from "./totp-factor.ts";

export type SecondFactorMethod = "totp" | "recovery_code";

export type SecondFactorResult =
  | { ok: true; method: SecondFactorMethod }
  | { ok: false; reason: "locked"; until: number | null; lockReason: LockReason }
  | { ok: false; reason: "no_factor" | "malformed" | "invalid" | "replayed" };

export type SecondFactorContext = TotpContext & { mailer: Mailer };

export type SecondFactorPurpose = "sign_in" | "reverify" | "password_reset" | "step_up";

export async function checkSecondFactor(
  context: SecondFactorContext,
  input: {
    userId: string;
    code: string;
    lockout: Policies["lockout"];
    purpose: SecondFactorPurpose;
    origin: AuditOrigin;
  },
): Promise<SecondFactorResult> {
  const { db, clock } = context;
  const now = clock.now();
  // Re-read: a lock or disable since the password step wins.
  const user = await findUserById(db, input.userId);
  if (user === undefined || user.status !== "active") {
    return { ok: false, reason: "invalid" };
  }
  const lock = lockState(user, now);
  if (lock.locked) {
    await audit(context, user, input, now, "locked");
    return { ok: false, reason: "locked", until: lock.until, lockReason: lock.reason };
  }
  const factor = await findTotpFactor(db, user.id);
  if (factor === undefined) {
    return { ok: false, reason: "no_factor" };
  }
  const code = input.code.trim();
  // Six digits is an authenticator code; anything else is read as a recovery code (16 base32
  // characters, so never six digits).
  const method: SecondFactorMethod = /^\d{6}$/.test(code.replace(/\s/g, ""))
    ? "totp"
    : "recovery_code";
  const verdict =
    method === "totp"
      ? await checkTotpCode(context, factor, code)
      : await consumeRecoveryCode(db, user.id, code, now);
  if (!verdict.ok) {
    await audit(context, user, input, now, `${method}_${verdict.reason}`);
    const counted = await recordFailedAttempt(db, user.id, input.lockout, now);
    if (counted.counted && counted.lockedNow) {
      await recordAuditEvent(db, {
        event: "account.locked",
        at: now,
        reason: `${counted.failedAttempts} consecutive failures`,
        targetId: user.id,
        targetEmail: user.email,
        origin: input.origin,
        details: { until: counted.until === null ? "admin unlock" : counted.until },
      });
      return { ok: false, reason: "locked", until: counted.until, lockReason: "failed_attempts" };
    }
    return { ok: false, reason: verdict.reason };
  }
  if (!(await clearFailedAttempts(db, user.id, now))) {
    // A concurrent failure locked the account while this code was checked: the lock wins.
    const row = await findUserById(db, user.id);
    const state = row === undefined ? { locked: false as const } : lockState(row, now);
    return state.locked
      ? { ok: false, reason: "locked", until: state.until, lockReason: state.reason }
      : { ok: false, reason: "locked", until: null, lockReason: "failed_attempts" };
  }
  if (method === "recovery_code") {
    await recordAuditEvent(db, {
      event: "mfa.recovery_code_used",
      at: now,
      actorId: user.id,
      targetId: user.id,
      targetEmail: user.email,
      origin: input.origin,
      details: { purpose: input.purpose },
    });
    await context.mailer.send(
      composeMail(await textFor(context.db, user), recoveryCodeUsedMail, user.email, {
        name: user.first_name,
      }),
    );
  }
  return { ok: true, method };
}

async function audit(
  { db }: SecondFactorContext,
  user: User,
  input: { purpose: SecondFactorPurpose; origin: AuditOrigin },
  now: number,
  reason: string,
): Promise<void> {
  await recordAuditEvent(db, {
    event: "mfa.failed",
    at: now,
    reason,
    targetId: user.id,
    targetEmail: user.email,
    origin: input.origin,
    details: { purpose: input.purpose },
  });
}
