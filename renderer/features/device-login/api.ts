// Calls of device login: the policy, one-click sign-in, re-verification, setup and removal.
// The WebAuthn browser code is loaded only when a ceremony starts, to keep the first load small.
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from "@simplewebauthn/browser";
import { deleteNoContent, getJson, postJson, postNoContent } from "../../lib/http.ts";
import { signDeviceChallengeOnDevice, isDesktopApp } from "../../lib/desktop.ts";

export type DeviceLoginMode = "off" | "on" | "managed";

export type Passkey = {
  id: string;
  name: string;
  deviceId: string | null;
  createdAt: string;
  lastUsedAt: string | null;
};

export type DeviceLoginStatus = {
  mode: DeviceLoginMode;
  passkeys: Passkey[];
  verifiedAt: string;
  reverifyAt: string;
};

type DeviceProof = { deviceId: string; challenge: string; signature: string };

export async function getDeviceLoginMode(): Promise<DeviceLoginMode> {
  return (await getJson<{ mode: DeviceLoginMode }>("device-login/policy")).mode;
}

export function getDeviceLoginStatus(): Promise<DeviceLoginStatus> {
  return getJson<DeviceLoginStatus>("me/device-login");
}

/** A device proof from the desktop app, or undefined in a browser or on a device not enrolled. */
export async function proveThisDevice(): Promise<DeviceProof | undefined> {
  if (!isDesktopApp()) {
    return undefined;
  }
  const { challenge } = await postJson<{ challenge: string }>("devices/challenge");
  const signed = await signDeviceChallengeOnDevice(challenge);
  return signed.ok ? { ...signed.value, challenge } : undefined;
}

export async function signInWithDevice(): Promise<{ next: "done" | "change_password" }> {
  const { startAuthentication } = await import("@simplewebauthn/browser");
  const { options } = await postJson<{ options: PublicKeyCredentialRequestOptionsJSON }>(
    "device-login/options",
  );
  const response: AuthenticationResponseJSON = await startAuthentication({ optionsJSON: options });
  const deviceProof = await proveThisDevice();
  return postJson("device-login/verify", {
    response,
    ...(deviceProof === undefined ? {} : { deviceProof }),
  });
}

export async function reverifyWithDevice(): Promise<void> {
  const { startAuthentication } = await import("@simplewebauthn/browser");
  const { options } = await postJson<{ options: PublicKeyCredentialRequestOptionsJSON }>(
    "device-login/reverify/options",
  );
  const response = await startAuthentication({ optionsJSON: options });
  await postNoContent("device-login/reverify/verify", { response });
}

export async function setUpDeviceLogin(name: string): Promise<Passkey> {
  const { startRegistration } = await import("@simplewebauthn/browser");
  const { options } = await postJson<{ options: PublicKeyCredentialCreationOptionsJSON }>(
    "device-login/registration/options",
  );
  const response: RegistrationResponseJSON = await startRegistration({ optionsJSON: options });
  const deviceProof = await proveThisDevice();
  return postJson<Passkey>("device-login/registration/verify", {
    response,
    name,
    ...(deviceProof === undefined ? {} : { deviceProof }),
  });
}

export function removePasskey(id: string): Promise<void> {
  return deleteNoContent(`me/passkeys/${encodeURIComponent(id)}`);
}
