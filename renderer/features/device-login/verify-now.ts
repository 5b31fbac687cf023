// "Verify now" from anywhere — the account menu, the tray, a wake that found the check due:
// the desktop window comes forward (Chromium shows WebAuthn prompts only to a focused page),
// Touch ID / Windows Hello confirms, and the session's 12-hour clock starts again.
import { showDesktopWindow } from "../../lib/desktop.ts";
import { useSession } from "../../stores/session.ts";
import { getDeviceLoginMode, reverifyWithDevice } from "./api.ts";
import { checkAvailability, describeCeremonyError } from "./availability.ts";

export type VerifyNowOutcome =
  | { ok: true }
  /** No Touch ID / Windows Hello here, or none set up: the password prompt is the way. */
  | { ok: false; unavailable: true; message: string }
  | { ok: false; unavailable: false; message: string };

let running: Promise<VerifyNowOutcome> | undefined;

/** One prompt at a time: a second request while one is open waits for the same answer. */
export function verifyNowWithDevice(): Promise<VerifyNowOutcome> {
  running ??= verify().finally(() => {
    running = undefined;
  });
  return running;
}

async function verify(): Promise<VerifyNowOutcome> {
  let label = "Touch ID or Windows Hello";
  try {
    const availability = await checkAvailability(await getDeviceLoginMode());
    if (!availability.available) {
      return { ok: false, unavailable: true, message: availability.reason };
    }
    label = availability.label;
    await showDesktopWindow();
    await reverifyWithDevice();
    await useSession.getState().loadSession();
    return { ok: true };
  } catch (caught) {
    if ((caught as { code?: unknown }).code === "PASSKEY_NOT_FOUND") {
      return {
        ok: false,
        unavailable: true,
        message: `Set up ${label} in Security to verify with it.`,
      };
    }
    return { ok: false, unavailable: false, message: describeCeremonyError(caught, label) };
  }
}
