// Dates, times and devices in the Security cards, in the user's language and own time zone.
import type { IntlShape } from "react-intl";
import { securityMessages as m } from "./messages.ts";

export function formatDateTime(intl: IntlShape, iso: string): string {
  return intl.formatDate(iso, { dateStyle: "medium", timeStyle: "short" });
}

export function formatDate(intl: IntlShape, iso: string): string {
  return intl.formatDate(iso, { dateStyle: "medium" });
}

/** "Chrome on macOS", from the browser and system the server recognized (names stay as they are). */
export function describeDevice(
  intl: IntlShape,
  device: { client: "desktop" | "web"; browser: string | null; system: string | null },
): string {
  const values = {
    browser: device.browser ?? "",
    system: device.system ?? "",
    hasBrowser: device.browser === null ? "no" : "yes",
    hasSystem: device.system === null ? "no" : "yes",
  };
  if (device.client === "desktop") {
    return intl.formatMessage(m.deviceDesktop, values);
  }
  return device.browser === null && device.system === null
    ? intl.formatMessage(m.unknownDevice)
    : intl.formatMessage(m.deviceWeb, values);
}
