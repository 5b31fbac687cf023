// The renderer's only door to the desktop app. In a browser the bridge is absent and every
// function here degrades to "not in the desktop app".
import type {
  BridgeResult,
  GatehouseBridge,
  PlatformInfo,
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

export const osNames: Record<PlatformInfo["os"], string> = {
  darwin: "macOS",
  win32: "Windows",
  linux: "Linux",
};
