// The one message a locked account gets: why it is locked and what to do (PRODUCT.md §1). Only
// someone who proved the password (or is signed in) ever sees it (docs/admin.md, Lockout).
import { AppError } from "../errors.ts";
import type { LockReason } from "../storage/schema.ts";

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
