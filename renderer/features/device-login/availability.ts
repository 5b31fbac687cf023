// Whether this device can do device login, and what to call it: "Touch ID" on macOS, "Windows
// Hello" on Windows (docs/design.md §1.1). The OS comes from the desktop bridge, else the browser.
import { desktopPlatform } from "../../lib/desktop.ts";
import type { DeviceLoginMode } from "./api.ts";

export type Availability =
  { available: true; label: string } | { available: false; reason: string };

const labels = { darwin: "Touch ID", win32: "Windows Hello", linux: "this device" } as const;

export async function checkAvailability(mode: DeviceLoginMode): Promise<Availability> {
  if (mode === "off") {
    return { available: false, reason: "Device login is turned off by your organization." };
  }
  const os = (await desktopPlatform())?.os ?? guessOs();
  const platformAuthenticator =
    typeof PublicKeyCredential !== "undefined" &&
    (await PublicKeyCredential.isUserVerifyingPlatformAuthenticatorAvailable().catch(() => false));
  if (!platformAuthenticator) {
    return {
      available: false,
      reason:
        os === "linux"
          ? "Device login is not available on Linux. Sign in with your password."
          : "This device has no Touch ID or Windows Hello set up. Sign in with your password.",
    };
  }
  return { available: true, label: labels[os] };
}

function guessOs(): keyof typeof labels {
  const agent = navigator.userAgent;
  return /Windows/.test(agent) ? "win32" : /Mac OS X|Macintosh/.test(agent) ? "darwin" : "linux";
}

/** A user-facing message for a failed ceremony: the OS prompt was dismissed or the server said no. */
export function describeCeremonyError(error: unknown, label: string): string {
  const name = (error as { name?: unknown }).name;
  if (name === "NotAllowedError" || name === "AbortError") {
    return `${label} was cancelled or timed out. Try again.`;
  }
  const message = (error as { message?: unknown }).message;
  return typeof message === "string" && message !== ""
    ? message
    : "Device login did not work. Try again or use your password.";
}
