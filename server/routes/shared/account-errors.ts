// The answers account failures get, in one place for every route: a lock says why it happened
// and what to do (docs/design.md §1.1) — only to someone who proved the password or is signed in
// (docs/admin.md, Lockout) — a failed second factor says how to try again, a refused new
// password says which rule it broke.
import type { SecondFactorResult } from "../../auth/mfa/second-factor.ts";
import { AppError } from "../../errors.ts";
import { maxPasswordBytes } from "../../lib/limits.ts";
import type { PasswordRejection } from "../../passwords/replace-password.ts";
import type { LockReason } from "../../storage/schema.ts";

export function lockedError(
  until: number | null,
  reason: LockReason = "failed_attempts",
): AppError {
  if (reason === "reported_compromise") {
    return new AppError(
      "AUTH_LOCKED",
      "Your account is locked because you reported activity on it that you did not recognize. Your IT administrator has been told: contact them to unlock it and choose a new password.",
      undefined,
      { reason },
    );
  }
  if (until === null) {
    return new AppError(
      "AUTH_LOCKED",
      "Your account is locked after too many failed sign-in attempts. Contact your IT administrator to unlock it.",
      undefined,
      { reason },
    );
  }
  const time = new Date(until).toISOString().slice(11, 16);
  return new AppError(
    "AUTH_LOCKED",
    `Your account is locked after too many failed sign-in attempts. Try again after ${time} UTC, or contact your IT administrator.`,
    undefined,
    { retryAt: until, reason },
  );
}

export function secondFactorError(
  result: Exclude<SecondFactorResult, { ok: true }>,
  attemptsLeft?: number,
): AppError {
  const details = attemptsLeft === undefined ? {} : { details: { attemptsLeft } };
  const left =
    attemptsLeft === undefined
      ? ""
      : ` ${attemptsLeft} ${attemptsLeft === 1 ? "try" : "tries"} left.`;
  switch (result.reason) {
    case "locked":
      return lockedError(result.until, result.lockReason);
    case "replayed":
      return new AppError(
        "MFA_CODE_REPLAYED",
        `That code was already used. Wait for the next code in your authenticator app.${left}`,
        "code",
        details,
      );
    case "no_factor":
      return new AppError("MFA_NOT_ENABLED", "This account has no authenticator app set up.");
    case "malformed":
    case "invalid":
      return new AppError(
        "MFA_CODE_INVALID",
        `That code is not right. Enter the 6-digit code your authenticator app shows now, or a recovery code.${left}`,
        "code",
        details,
      );
  }
}

/** A new password the policy or the history refused. */
export function passwordRejectedError(rejection: PasswordRejection, field: string): AppError {
  if (rejection.reason === "reused") {
    return new AppError(
      "PASSWORD_POLICY_VIOLATION",
      `You used this password recently. Choose one that is not among your last ${rejection.historyCount}.`,
      field,
      { reason: "reused", details: { historyCount: rejection.historyCount } },
    );
  }
  const unmet = rejection.rules.filter((rule) => rule.met === false).map((rule) => rule.label);
  return new AppError(
    "PASSWORD_POLICY_VIOLATION",
    `The new password does not meet the policy: ${unmet.join("; ")}.`,
    field,
  );
}

/** Passwords are refused before any hashing past this size (the schema counts characters). */
export function refuseOversizePassword(password: string, field = "password"): void {
  if (Buffer.byteLength(password, "utf8") > maxPasswordBytes) {
    throw new AppError(
      "VALIDATION_FAILED",
      `Passwords can be at most ${maxPasswordBytes} bytes long.`,
      field,
    );
  }
}
