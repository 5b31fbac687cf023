// Dates and times in the Security cards, in the user's language and own time zone.
import type { IntlShape } from "react-intl";

export function formatDateTime(intl: IntlShape, iso: string): string {
  return intl.formatDate(iso, { dateStyle: "medium", timeStyle: "short" });
}

export function formatDate(intl: IntlShape, iso: string): string {
  return intl.formatDate(iso, { dateStyle: "medium" });
}
