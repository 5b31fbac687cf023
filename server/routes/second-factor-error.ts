// The answers a failed second factor gets, in one place for sign-in, re-verification and reset.
import type { SecondFactorResult } from "../auth/mfa/second-factor.ts";
import { AppError } from "../errors.ts";
import { lockedError } from "./locked-error.ts";

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
