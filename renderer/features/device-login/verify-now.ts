// "Verify now" from anywhere — the account menu, the tray, a wake that found the check due:
// the desktop window comes forward (Chromium shows WebAuthn prompts only to a focused page),
// Touch ID / Windows Hello confirms, and the session's 12-hour clock starts again.
import type { IntlShape, MessageDescriptor } from "react-intl";
import { showDesktopWindow } from "../../lib/desktop.ts";
import { useSession } from "../../stores/session.ts";
import { getDeviceLoginMode, reverifyWithDevice } from "./api.ts";
import { checkAvailability, describeCeremonyError, type Authenticator } from "./availability.ts";
import { deviceLoginMessages as m } from "./messages.ts";

export type VerifyNowOutcome =
  | { ok: true }
  /** No Touch ID / Windows Hello here, or none set up: the password prompt is the way. */
  | {
      ok: false;
      unavailable: true;
      reason: MessageDescriptor | undefined;
      authenticator?: Authenticator;
    }
  | { ok: false; unavailable: false; error: unknown; authenticator: Authenticator };

let running: Promise<VerifyNowOutcome> | undefined;

/** One prompt at a time: a second request while one is open waits for the same answer. */
export function verifyNowWithDevice(): Promise<VerifyNowOutcome> {
  running ??= verify().finally(() => {
    running = undefined;
  });
  return running;
}

/** What a failed "Verify now" says, in the user's language. */
export function describeVerifyNowFailure(
  intl: IntlShape,
  outcome: Exclude<VerifyNowOutcome, { ok: true }>,
): string {
  if (!outcome.unavailable) {
    return describeCeremonyError(intl, outcome.error, outcome.authenticator);
  }
  return intl.formatMessage(outcome.reason ?? m.noneSetUp, {
    authenticator: outcome.authenticator ?? "device",
  });
}

async function verify(): Promise<VerifyNowOutcome> {
  let authenticator: Authenticator = "device";
  try {
    const availability = await checkAvailability(await getDeviceLoginMode());
    if (!availability.available) {
      return { ok: false, unavailable: true, reason: availability.reason };
    }
    authenticator = availability.authenticator;
    await showDesktopWindow();
    await reverifyWithDevice();
    await useSession.getState().loadSession();
    return { ok: true };
  } catch (caught) {
    if ((caught as { code?: unknown }).code === "PASSKEY_NOT_FOUND") {
      return { ok: false, unavailable: true, reason: m.setUpFirst, authenticator };
    }
    return { ok: false, unavailable: false, error: caught, authenticator };
  }
}
