// What a failed sign-in says. A lock gets its end in the reader's own time zone, which the
// server cannot know, so the message is built here from the code and retryAt.
import type { ApiError } from "../../lib/http.ts";

export function describeSignInError(error: ApiError): string {
  if (error.code !== "AUTH_LOCKED") {
    return error.message;
  }
  if (error.retryAt === undefined) {
    return "Your account is locked after too many failed sign-in attempts. Contact your IT administrator to unlock it.";
  }
  const until = new Date(error.retryAt);
  const sameDay = until.toDateString() === new Date().toDateString();
  const when = until.toLocaleString(
    undefined,
    sameDay ? { timeStyle: "short" } : { dateStyle: "medium", timeStyle: "short" },
  );
  return `Your account is locked after too many failed sign-in attempts. Try again after ${when}, or contact your IT administrator.`;
}
