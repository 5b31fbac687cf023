// The answer to a device proof that failed, the same wherever one is asked for (enrollment
// check, device login set-up, managed device login): DEVICE_PROOF_INVALID.
import type { DeviceProofFailure } from "../../devices/device-proof.ts";
import { AppError } from "../../errors.ts";

export function deviceProofError(reason: DeviceProofFailure): AppError {
  return new AppError(
    "DEVICE_PROOF_INVALID",
    reason === "device_revoked"
      ? "This device's enrollment was revoked. Ask your IT administrator."
      : "This device could not prove its enrollment. Try again.",
    undefined,
    { reason },
  );
}
