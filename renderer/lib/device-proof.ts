// A device proof from the desktop app (docs/design.md §5): a server challenge (one handed out
// before, else a fresh one) signed with the device key through the bridge. Undefined in a
// browser or on a device not enrolled.
import type { DeviceChallenge, DeviceProofBody } from "../../server/schemas/devices.ts";
import { isDesktopApp, signDeviceChallengeOnDevice } from "./desktop.ts";
import { postJson } from "./http.ts";

export async function proveThisDevice(handedOut?: string): Promise<DeviceProofBody | undefined> {
  if (!isDesktopApp()) {
    return undefined;
  }
  const challenge = handedOut ?? (await postJson<DeviceChallenge>("devices/challenge")).challenge;
  const signed = await signDeviceChallengeOnDevice(challenge);
  return signed.ok ? { ...signed.value, challenge } : undefined;
}
