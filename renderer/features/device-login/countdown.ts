// "Verified with Touch ID 3 hours ago · next check in 9 hours" (docs/design.md §1.1: the user always
// sees when they last verified and when the next check is due), with Intl's relative times.
import type { IntlShape } from "react-intl";
import type { Authenticator } from "./availability.ts";
import { deviceLoginMessages as m } from "./messages.ts";

export function describeCountdown(
  intl: IntlShape,
  input: {
    /** How the user verifies: an authenticator, or undefined for the password. */
    method: Authenticator | undefined;
    verifiedAt: number;
    reverifyAt: number;
    now: number;
  },
): string {
  const ago = Math.max(0, input.now - input.verifiedAt);
  const left = input.reverifyAt - input.now;
  return intl.formatMessage(m.countdown, {
    method: input.method ?? "password",
    ago:
      ago < 60_000
        ? intl.formatRelativeTime(0, "second", { numeric: "auto" })
        : relative(intl, -ago),
    due: left <= 0 ? "now" : "later",
    when: relative(intl, Math.max(left, 60_000)),
  });
}

/** Minutes under an hour, whole hours above. */
function relative(intl: IntlShape, milliseconds: number): string {
  const minutes = Math.round(milliseconds / 60_000);
  return Math.abs(minutes) < 60
    ? intl.formatRelativeTime(minutes, "minute")
    : intl.formatRelativeTime(Math.round(minutes / 60), "hour");
}
