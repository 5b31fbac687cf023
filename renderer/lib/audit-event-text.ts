// An audit event in the reader's language, by its stable name and stored reason: one catalogue
// (event-messages.ts, reason-messages.ts, mirroring server/audit/event-catalogue.ts) for the
// employee's sign-in history and the admin console's audit log alike.
import type { IntlShape } from "react-intl";
import { eventTitles } from "./event-messages.ts";
import { reasonWords } from "./reason-messages.ts";

export function auditEventTitle(intl: IntlShape, name: string): string {
  const known = Object.hasOwn(eventTitles, name) ? eventTitles[name] : undefined;
  return intl.formatMessage(known ?? eventTitles.other ?? { id: "security.event.other" });
}

/** The stored reason in words; none for a reason this version has no words for. */
export function auditReasonText(intl: IntlShape, reason: string | null): string | undefined {
  if (reason === null) {
    return undefined;
  }
  const failures = /^(\d+) consecutive failures$/.exec(reason);
  if (failures !== null && reasonWords.consecutiveFailures !== undefined) {
    return intl.formatMessage(reasonWords.consecutiveFailures, { count: Number(failures[1]) });
  }
  const words = Object.hasOwn(reasonWords, reason) ? reasonWords[reason] : undefined;
  return words === undefined ? undefined : intl.formatMessage(words);
}
