// The one message a locked account gets: what happened and what to do (docs/design.md §1.1).
import { AppError } from "../errors.ts";

export function lockedError(until: number | null): AppError {
  if (until === null) {
    return new AppError(
      "AUTH_LOCKED",
      "Your account is locked after too many failed sign-in attempts. Contact your IT administrator to unlock it.",
    );
  }
  const time = new Date(until).toISOString().slice(11, 16);
  return new AppError(
    "AUTH_LOCKED",
    `Your account is locked after too many failed sign-in attempts. Try again after ${time} UTC, or contact your IT administrator.`,
    undefined,
    { retryAt: until },
  );
}
