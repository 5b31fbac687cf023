// Maps a device proof's outcome to the route error every caller uses (DEVICE_PROOF_INVALID).
import type { ServerContext } from "../context.ts";
import { verifyDeviceProof, type DeviceProof } from "../devices/device-proof.ts";
import { AppError } from "../errors.ts";
import type { Device } from "../storage/devices-schema.ts";

export async function checkDeviceProof(
  { db, clock }: ServerContext,
  proof: DeviceProof,
  origin: string,
): Promise<Device> {
  const checked = await verifyDeviceProof(db, proof, { origin, now: clock.now() });
  if (!checked.ok) {
    throw new AppError(
      "DEVICE_PROOF_INVALID",
      checked.reason === "device_revoked"
        ? "This device's enrollment was revoked. Ask your IT administrator."
        : "This device could not prove its enrollment. Try again.",
      undefined,
      { reason: checked.reason },
    );
  }
  return checked.device;
}
