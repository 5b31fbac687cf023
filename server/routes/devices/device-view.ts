// A device as the portal and the admin API show it.
import type { Device } from "../../storage/devices-schema.ts";

const iso = (time: number) => new Date(time).toISOString();

export function deviceView(device: Device) {
  return {
    id: device.id,
    name: device.name,
    os: device.os,
    appVersion: device.app_version,
    enrolledAt: iso(Number(device.enrolled_at)),
    lastSeenAt: iso(Number(device.last_seen_at)),
  };
}
