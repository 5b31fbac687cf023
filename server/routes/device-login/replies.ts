// What the device-login routes share: their throttle, a passkey as the portal shows it, and the
// answers to a refused device login.
import type { RefusedAssertion } from "../../device-login/ceremony.ts";
import { AppError } from "../../errors.ts";
import type { Passkey } from "../../storage/devices-schema.ts";
import { lockedError } from "../shared/account-errors.ts";

const iso = (time: number) => new Date(time).toISOString();

export function passkeyView(
  passkey: Pick<Passkey, "id" | "name" | "device_id" | "created_at" | "last_used_at">,
) {
  return {
    id: passkey.id,
    name: passkey.name,
    deviceId: passkey.device_id,
    createdAt: iso(Number(passkey.created_at)),
    lastUsedAt: passkey.last_used_at === null ? null : iso(Number(passkey.last_used_at)),
  };
}

export function deviceLoginDisabled(): AppError {
  return new AppError("DEVICE_LOGIN_DISABLED", "Your organization has not turned on device login.");
}

export function refusedAssertionError(refused: RefusedAssertion): AppError {
  switch (refused.reason) {
    case "locked":
      return lockedError(refused.until, refused.lockReason);
    case "challenge_invalid":
      return new AppError("PASSKEY_CHALLENGE_INVALID", "That attempt expired. Try again.");
    case "passkey_invalid":
      return new AppError(
        "PASSKEY_INVALID",
        "Device login did not work. Try again or use your password.",
      );
  }
}
