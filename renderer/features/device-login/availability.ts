// Whether this device can do device login, and which authenticator it has: Touch ID on macOS,
// Windows Hello on Windows (docs/design.md §1.1). The OS comes from the desktop bridge, else the browser.
import type { IntlShape, MessageDescriptor } from "react-intl";
import { desktopPlatform } from "../../lib/desktop.ts";
import { errorText } from "../../lib/error-messages.ts";
import type { DeviceLoginMode } from "./api.ts";
import { deviceLoginMessages as m } from "./messages.ts";

export type Authenticator = "touchId" | "windowsHello" | "device";

export type Availability =
  | { available: true; authenticator: Authenticator }
  | { available: false; reason: MessageDescriptor | undefined };

const authenticators = { darwin: "touchId", win32: "windowsHello", linux: "device" } as const;

export async function checkAvailability(mode: DeviceLoginMode): Promise<Availability> {
  if (mode === "off") {
    return { available: false, reason: m.turnedOff };
  }
  const os = (await desktopPlatform())?.os ?? guessOs();
  const platformAuthenticator =
    typeof PublicKeyCredential !== "undefined" &&
    (await PublicKeyCredential.isUserVerifyingPlatformAuthenticatorAvailable().catch(() => false));
  if (!platformAuthenticator) {
    return { available: false, reason: os === "linux" ? m.notOnLinux : m.noneSetUp };
  }
  return { available: true, authenticator: authenticators[os] };
}

function guessOs(): keyof typeof authenticators {
  const agent = navigator.userAgent;
  return /Windows/.test(agent) ? "win32" : /Mac OS X|Macintosh/.test(agent) ? "darwin" : "linux";
}

/** What a failed ceremony says: the OS prompt was dismissed, or the server said no. */
export function describeCeremonyError(
  intl: IntlShape,
  error: unknown,
  authenticator: Authenticator,
): string {
  const name = (error as { name?: unknown }).name;
  if (name === "NotAllowedError" || name === "AbortError") {
    return intl.formatMessage(m.cancelled, { authenticator });
  }
  return typeof (error as { code?: unknown }).code === "string"
    ? errorText(intl, error)
    : errorText(intl, { code: "PASSKEY_INVALID" });
}
