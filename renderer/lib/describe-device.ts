// "Chrome on macOS" in the user's language, from the browser and system names the server
// recognized in a User-Agent (server/security/user-agent.ts); shared by the Security cards and
// the desktop app's sign-in approval.
import type { IntlShape } from "react-intl";
import { defineMessages } from "../../locales/define-messages.ts";

const m = defineMessages({
  unknownDevice: {
    id: "security.device.unknown",
    defaultMessage: "Unknown device",
    description: "A session or event whose browser could not be recognized",
  },
  deviceDesktop: {
    id: "security.device.desktop",
    defaultMessage:
      "{hasSystem, select, yes {Gatehouse desktop app on {system}} other {Gatehouse desktop app}}",
    description: "A session in the desktop app; system is macOS, Windows, …",
  },
  deviceWeb: {
    id: "security.device.web",
    defaultMessage:
      "{hasBrowser, select, yes {{hasSystem, select, yes {{browser} on {system}} other {{browser}}}} other {{hasSystem, select, yes {Browser on {system}} other {Browser}}}}",
    description: "A session in a browser, e.g. 'Chrome on macOS' (browser and system are names)",
  },
});

export type DeviceNames = {
  client: "desktop" | "web";
  browser: string | null;
  system: string | null;
};

/** The device in words (names stay as they are). */
export function describeDevice(intl: IntlShape, device: DeviceNames): string {
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
