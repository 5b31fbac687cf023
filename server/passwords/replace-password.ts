// Setting a user's new password (change, reset, forced change): judged by the policy and the
// history, stored as argon2id, the old hash moved into history, other sessions and outstanding
// reset links ended, and the change audited.
import { recordAuditEvent, type AuditOrigin } from "../audit/audit-log.ts";
import { hashPassword } from "../auth/password.ts";
import { invalidateUserSessions } from "../auth/session.ts";
import { readPolicy } from "../policies/policy-store.ts";
import type { Db } from "../storage/database.ts";
import type { User } from "../storage/schema.ts";
import { isRecentPassword, rememberPassword } from "./password-history.ts";
import {
  evaluatePassword,
  passwordMeetsPolicy,
  type PasswordRuleResult,
} from "./password-rules.ts";

export type ReplacePasswordResult =
  | { ok: true }
  | { ok: false; reason: "policy"; rules: PasswordRuleResult[] }
  | { ok: false; reason: "reused"; historyCount: number };

/** Why a new password was refused: a rule it breaks, or a recent password it repeats. */
export type PasswordRejection = Exclude<ReplacePasswordResult, { ok: true }>;

export async function replacePassword(
  { db, now }: { db: Db; now: number },
  user: User,
  newPassword: string,
  options: {
    event: "password.changed" | "password.reset";
    origin: AuditOrigin;
    /** The session that made the change stays signed in; every other one ends. */
    keepSessionId?: string;
  },
): Promise<ReplacePasswordResult> {
  const judged = await judgeNewPassword(db, user, newPassword);
  if (!judged.ok) {
    return judged;
  }
  await storeNewPassword({ db, now }, user, newPassword, options);
  return { ok: true };
}

/** Policy rules first (cheap), then history (one argon2 per remembered password). */
export async function judgeNewPassword(
  db: Db,
  user: User,
  newPassword: string,
): Promise<ReplacePasswordResult> {
  const policy = await readPolicy(db, "password");
  const rules = evaluatePassword(policy, newPassword, personalWordsOf(user));
  if (!passwordMeetsPolicy(rules)) {
    return { ok: false, reason: "policy", rules };
  }
  if (await isRecentPassword(db, user, newPassword, policy.historyCount)) {
    return { ok: false, reason: "reused", historyCount: policy.historyCount };
  }
  return { ok: true };
}

/** Stores an already judged password and ends what the old one opened. */
export async function storeNewPassword(
  { db, now }: { db: Db; now: number },
  user: User,
  newPassword: string,
  options: {
    event: "password.changed" | "password.reset";
    origin: AuditOrigin;
    keepSessionId?: string;
  },
): Promise<void> {
  await db
    .updateTable("users")
    .set({
      password_hash: await hashPassword(newPassword),
      must_change_password: 0,
      invited_at: null, // an invitation ends once the user chose a password
      password_changed_at: now,
      updated_at: now,
    })
    .where("id", "=", user.id)
    .execute();
  await rememberPassword(db, user.id, user.password_hash, now);
  await invalidateUserSessions(db, user.id, options.keepSessionId);
  await db.deleteFrom("password_reset_tokens").where("user_id", "=", user.id).execute();
  await recordAuditEvent(db, {
    event: options.event,
    at: now,
    actorId: user.id,
    targetId: user.id,
    targetEmail: user.email,
    origin: options.origin,
  });
}

export function personalWordsOf(user: User) {
  return {
    firstName: user.first_name,
    lastName: user.last_name,
    email: user.email,
    username: user.username,
  };
}
