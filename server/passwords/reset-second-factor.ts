// "If the user has MFA they must pass it before the new password takes effect" (docs/design.md
// §1.1): the reset link restores the password factor only (docs/design.md §5), so a user with an
// authenticator app also gives a current code or a recovery code before the reset is applied.
import { hasActiveTotp } from "../auth/mfa/totp-factor.ts";
import type { Db } from "../storage/database.ts";
import type { User } from "../storage/schema.ts";

export type ResetSecondFactor =
  { required: false } | { required: true; methods: ("totp" | "recovery_code")[] };

export async function secondFactorForReset(db: Db, user: User): Promise<ResetSecondFactor> {
  return (await hasActiveTotp(db, user.id))
    ? { required: true, methods: ["totp", "recovery_code"] }
    : { required: false };
}
