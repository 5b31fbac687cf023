// Enrolls this device with the organization (docs/design.md §5): sends the device's public key with
// a connect key (from the user) or an enrollment token (from IT) and remembers the device id.
// The HTTP call is a parameter, so this runs in tests without Electron.
import { loadDeviceIdentity, rememberDeviceId } from "./device-key.ts";
import type { SecretStore } from "./secret-store.ts";

export type EnrollmentCredential = { connectKey: string } | { enrollmentToken: string };

export type EnrollmentOutcome =
  | { ok: true; deviceId: string }
  | { ok: false; code: "ENROLLMENT_REFUSED" | "ENROLLMENT_FAILED"; message: string };

export type DeviceDescription = {
  name: string;
  os: "darwin" | "win32" | "linux";
  appVersion: string;
};

export async function enrollThisDevice(input: {
  store: SecretStore;
  portalOrigin: string;
  credential: EnrollmentCredential;
  device: DeviceDescription;
  /** Electron's net.fetch in the app (system proxy, OS trust store); any fetch in tests. */
  fetch: (url: string, init: RequestInit) => Promise<Response>;
}): Promise<EnrollmentOutcome> {
  const identity = await loadDeviceIdentity(input.store);
  let response: Response;
  try {
    response = await input.fetch(`${input.portalOrigin}/api/devices/enroll`, {
      method: "POST",
      // The server's CSRF rule wants our portal's Origin and a JSON body on every state change.
      headers: { "content-type": "application/json", origin: input.portalOrigin },
      body: JSON.stringify({ ...input.credential, publicKey: identity.publicKey, ...input.device }),
    });
  } catch {
    return {
      ok: false,
      code: "ENROLLMENT_FAILED",
      message: "Cannot reach your organization's portal.",
    };
  }
  const body = (await response.json().catch(() => ({}))) as {
    deviceId?: unknown;
    message?: unknown;
  };
  if (!response.ok || typeof body.deviceId !== "string") {
    return {
      ok: false,
      code: response.status >= 500 ? "ENROLLMENT_FAILED" : "ENROLLMENT_REFUSED",
      message: typeof body.message === "string" ? body.message : "The portal refused this device.",
    };
  }
  await rememberDeviceId(input.store, body.deviceId);
  return { ok: true, deviceId: body.deviceId };
}
