// The renderer's only door to the desktop app. In a browser the bridge is absent and every
// function here degrades to "not in the desktop app".
import type {
  BridgeResult,
  GatehouseBridge,
  GeneratedSshKey,
  PlatformInfo,
  SignedDeviceChallenge,
  SshKeyGenerationRequest,
  UpdateCheckResult,
} from "../../preload/contract.ts";

declare global {
  interface Window {
    gatehouse?: GatehouseBridge;
  }
}

export function isDesktopApp(): boolean {
  return window.gatehouse !== undefined;
}

export async function desktopPlatform(): Promise<PlatformInfo | undefined> {
  const bridge = window.gatehouse;
  if (bridge === undefined) {
    return undefined;
  }
  const result = await bridge.platform();
  return result.ok ? result.value : undefined;
}

export async function checkForUpdates(): Promise<BridgeResult<UpdateCheckResult>> {
  const bridge = window.gatehouse;
  if (bridge === undefined) {
    return {
      ok: false,
      error: { code: "NOT_DESKTOP", message: "Updates come with the desktop app." },
    };
  }
  try {
    return await bridge.checkForUpdates();
  } catch {
    return {
      ok: false,
      error: { code: "BRIDGE_FAILED", message: "The desktop app did not answer." },
    };
  }
}

/** Makes a key pair in ~/.ssh on this device; only the public key comes back. */
export async function generateSshKeyOnDevice(
  request: SshKeyGenerationRequest,
): Promise<BridgeResult<GeneratedSshKey>> {
  const bridge = window.gatehouse;
  if (bridge === undefined) {
    return {
      ok: false,
      error: { code: "NOT_DESKTOP", message: "Only the desktop app can do this." },
    };
  }
  try {
    return await bridge.generateSshKey(request);
  } catch {
    return {
      ok: false,
      error: { code: "BRIDGE_FAILED", message: "The desktop app did not answer." },
    };
  }
}

/** Opens a launch URL in the system browser; an error result outside the desktop app or when refused. */
export async function openInSystemBrowser(launchUrl: string): Promise<BridgeResult<null>> {
  const bridge = window.gatehouse;
  if (bridge === undefined) {
    return { ok: false, error: { code: "NOT_DESKTOP", message: "Not in the desktop app." } };
  }
  try {
    return await bridge.openExternal(launchUrl);
  } catch {
    return {
      ok: false,
      error: { code: "BRIDGE_FAILED", message: "The desktop app did not answer." },
    };
  }
}

/** Signs a device-proof challenge with this device's key (desktop app only). */
export async function signDeviceChallengeOnDevice(
  challenge: string,
): Promise<BridgeResult<SignedDeviceChallenge>> {
  const bridge = window.gatehouse;
  if (bridge === undefined) {
    return {
      ok: false,
      error: { code: "NOT_DESKTOP", message: "Only the desktop app can do this." },
    };
  }
  try {
    return await bridge.signDeviceChallenge(challenge);
  } catch {
    return {
      ok: false,
      error: { code: "BRIDGE_FAILED", message: "The desktop app did not answer." },
    };
  }
}

/** Enrolls this device with a connect key (desktop app only). */
export async function enrollDeviceWithConnectKey(
  connectKey: string,
): Promise<BridgeResult<{ deviceId: string }>> {
  const bridge = window.gatehouse;
  if (bridge === undefined) {
    return {
      ok: false,
      error: { code: "NOT_DESKTOP", message: "Only the desktop app can do this." },
    };
  }
  try {
    return await bridge.enrollDevice(connectKey);
  } catch {
    return {
      ok: false,
      error: { code: "BRIDGE_FAILED", message: "The desktop app did not answer." },
    };
  }
}

/** Wake, screen unlock and the tray's "Verify now"; returns unsubscribe (a no-op in a browser). */
export function onDesktopRecheck(callback: () => void): () => void {
  const bridge = window.gatehouse;
  if (bridge === undefined) {
    return () => undefined;
  }
  const stopResume = bridge.onResume(() => callback());
  const stopVerify = bridge.onVerifyNow(callback);
  return () => {
    stopResume();
    stopVerify();
  };
}

export const osNames: Record<PlatformInfo["os"], string> = {
  darwin: "macOS",
  win32: "Windows",
  linux: "Linux",
};
