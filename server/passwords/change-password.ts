// A signed-in user changes their password: the current password is checked with lockout around
// it, the new one is judged by the policy and the history, other sessions end, and this session
// counts as freshly verified. With MFA, the current password alone is one factor, so the change
// also needs a recent full verification (password + code).
import type { AuditOrigin } from "../audit/audit-log.ts";
import { hasActiveTotp } from "../auth/mfa/totp-factor.ts";
import { checkPasswordFactor } from "../auth/password-factor.ts";
import {
  markSessionVerified,
  recentVerificationWindowMs,
  type ValidSession,
} from "../auth/session.ts";
import type { Clock } from "../lib/clock.ts";
import { readPolicy } from "../policies/policy-store.ts";
import type { Db } from "../storage/database.ts";
import type { LockReason } from "../storage/schema.ts";
import { replacePassword, type PasswordRejection } from "./replace-password.ts";

export type PasswordChange =
  | { ok: true }
  | { ok: false; reason: "recent_verification_required" | "wrong_password" }
  | { ok: false; reason: "locked"; until: number | null; lockReason: LockReason }
  | { ok: false; reason: "rejected"; rejection: PasswordRejection };

export async function changePassword(
  { db, clock }: { db: Db; clock: Clock },
  input: { auth: ValidSession; currentPassword: string; newPassword: string; origin: AuditOrigin },
): Promise<PasswordChange> {
  const { user, session } = input.auth;
  const now = clock.now();
  if (
    now - session.verified_at >= recentVerificationWindowMs &&
    (await hasActiveTotp(db, user.id))
  ) {
    return { ok: false, reason: "recent_verification_required" };
  }
  const lockout = await readPolicy(db, "lockout");
  const factor = await checkPasswordFactor(
    { db, now, policy: lockout },
    user,
    input.currentPassword,
    input.origin,
  );
  if (!factor.ok) {
    return factor.reason === "locked"
      ? { ok: false, reason: "locked", until: factor.until, lockReason: factor.lockReason }
      : { ok: false, reason: "wrong_password" };
  }
  const result = await replacePassword({ db, now }, user, input.newPassword, {
    event: "password.changed",
    origin: input.origin,
    keepSessionId: session.id,
  });
  if (!result.ok) {
    return { ok: false, reason: "rejected", rejection: result };
  }
  await markSessionVerified(db, session.id, now);
  return { ok: true };
}
