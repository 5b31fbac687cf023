// The renderer's only door to the desktop app. In a browser the bridge is absent and every
// function here degrades to "not in the desktop app".
import type { GatehouseBridge, PlatformInfo } from "../../preload/contract.ts";

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
