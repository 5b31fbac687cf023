// What a failed sign-in says. A temporary lock gets its end in the reader's own time zone, which
// the server cannot know, so that message is built here from the code and retryAt; a lock with no
// end says why in the server's words (too many attempts, or a report of unrecognized activity).
import type { ApiError } from "../../lib/http.ts";

export function describeSignInError(error: ApiError): string {
  if (error.code !== "AUTH_LOCKED" || error.retryAt === undefined) {
    return error.message;
  }
  const until = new Date(error.retryAt);
  const sameDay = until.toDateString() === new Date().toDateString();
  const when = until.toLocaleString(
    undefined,
    sameDay ? { timeStyle: "short" } : { dateStyle: "medium", timeStyle: "short" },
  );
  return `Your account is locked after too many failed sign-in attempts. Try again after ${when}, or contact your IT administrator.`;
}
