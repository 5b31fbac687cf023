// Calls of the devices section: the user's enrolled devices and one-hour connect keys.
import { deleteNoContent, getJson, postJson } from "../../lib/http.ts";

export type EnrolledDevice = {
  id: string;
  name: string;
  os: string;
  appVersion: string;
  enrolledAt: string;
  lastSeenAt: string;
};

export async function listDevices(): Promise<EnrolledDevice[]> {
  return (await getJson<{ devices: EnrolledDevice[] }>("me/devices")).devices;
}

export function removeDevice(id: string): Promise<void> {
  return deleteNoContent(`me/devices/${encodeURIComponent(id)}`);
}

export function generateConnectKey(): Promise<{ connectKey: string; expiresAt: string }> {
  return postJson("me/connect-keys");
}
