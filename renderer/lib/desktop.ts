// The renderer's only door to the desktop app. In a browser the bridge is absent and every
// function here degrades to "not in the desktop app".
import type {
  BridgeResult,
  GatehouseBridge,
  GeneratedSshKey,
  PlatformInfo,
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

export const osNames: Record<PlatformInfo["os"], string> = {
  darwin: "macOS",
  win32: "Windows",
  linux: "Linux",
};
