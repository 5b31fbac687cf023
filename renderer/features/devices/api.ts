// Calls of the devices section: the user's enrolled devices and one-hour connect keys. Types come
// from the server's schemas.
import { deleteNoContent, getJson, postJson } from "../../lib/http.ts";
import type { ConnectKeyView, DeviceList, DeviceView } from "../../../server/schemas/devices.ts";

export type EnrolledDevice = DeviceView;

export async function listDevices(): Promise<EnrolledDevice[]> {
  return (await getJson<DeviceList>("me/devices")).devices;
}

export function removeDevice(id: string): Promise<void> {
  return deleteNoContent(`me/devices/${encodeURIComponent(id)}`);
}

export function generateConnectKey(): Promise<ConnectKeyView> {
  return postJson<ConnectKeyView>("me/connect-keys");
}
