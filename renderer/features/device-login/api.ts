// Calls of device login: the policy, one-click sign-in, re-verification, setup and removal.
// The WebAuthn browser code is loaded only when a ceremony starts, to keep the first load small.
// Types come from the server's schemas; the ceremony options keep @simplewebauthn's own types.
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from "@simplewebauthn/browser";
import { deleteNoContent, getJson, postJson, postNoContent } from "../../lib/http.ts";
import { proveThisDevice } from "../../lib/device-proof.ts";
import type {
  DeviceLoginMode,
  DeviceLoginNext,
  DeviceLoginPolicyView,
  DeviceLoginStatus,
  PasskeyView,
} from "../../../server/schemas/devices.ts";

export type { DeviceLoginMode, DeviceLoginStatus };
export type Passkey = PasskeyView;

export async function getDeviceLoginMode(): Promise<DeviceLoginMode> {
  return (await getJson<DeviceLoginPolicyView>("device-login/policy")).mode;
}

export function getDeviceLoginStatus(): Promise<DeviceLoginStatus> {
  return getJson<DeviceLoginStatus>("me/device-login");
}

export async function signInWithDevice(): Promise<DeviceLoginNext> {
  const { startAuthentication } = await import("@simplewebauthn/browser");
  const { options } = await postJson<{ options: PublicKeyCredentialRequestOptionsJSON }>(
    "device-login/options",
  );
  const response: AuthenticationResponseJSON = await startAuthentication({ optionsJSON: options });
  const deviceProof = await proveThisDevice();
  return postJson<DeviceLoginNext>("device-login/verify", {
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
