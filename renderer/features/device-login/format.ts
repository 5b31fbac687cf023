// Dates in the device-login card, in the user's language.
import type { IntlShape } from "react-intl";

export function formatDate(intl: IntlShape, iso: string): string {
  return intl.formatDate(iso, { dateStyle: "medium" });
}
