// The renderer's only door to the desktop app. In a browser the bridge is absent and every
// function here degrades to "not in the desktop app".
import type {
  BridgeResult,
  DeepLinkEvent,
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

/**
 * Calls one bridge function; outside the desktop app, or when the app does not answer, the
 * caller gets an error result rather than an exception.
 */
async function callBridge<T>(
  call: (bridge: GatehouseBridge) => Promise<BridgeResult<T>>,
  outsideDesktop = "Only the desktop app can do this.",
): Promise<BridgeResult<T>> {
  const bridge = window.gatehouse;
  if (bridge === undefined) {
    return { ok: false, error: { code: "NOT_DESKTOP", message: outsideDesktop } };
  }
  try {
    return await call(bridge);
  } catch {
    return {
      ok: false,
      error: { code: "BRIDGE_FAILED", message: "The desktop app did not answer." },
    };
  }
}

export function checkForUpdates(): Promise<BridgeResult<UpdateCheckResult>> {
  return callBridge((bridge) => bridge.checkForUpdates(), "Updates come with the desktop app.");
}

/** Makes a key pair in ~/.ssh on this device; only the public key comes back. */
export function generateSshKeyOnDevice(
  request: SshKeyGenerationRequest,
): Promise<BridgeResult<GeneratedSshKey>> {
  return callBridge((bridge) => bridge.generateSshKey(request));
}

/** Opens a launch URL in the system browser; an error result outside the desktop app or when refused. */
export function openInSystemBrowser(launchUrl: string): Promise<BridgeResult<null>> {
  return callBridge((bridge) => bridge.openExternal(launchUrl), "Not in the desktop app.");
}

/** Signs a device-proof challenge with this device's key (desktop app only). */
export function signDeviceChallengeOnDevice(
  challenge: string,
): Promise<BridgeResult<SignedDeviceChallenge>> {
  return callBridge((bridge) => bridge.signDeviceChallenge(challenge));
}

/** Enrolls this device with a connect key (desktop app only). */
export function enrollDeviceWithConnectKey(
  connectKey: string,
): Promise<BridgeResult<{ deviceId: string }>> {
  return callBridge((bridge) => bridge.enrollDevice(connectKey));
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

/** The tray's "Verify now"; returns unsubscribe (a no-op in a browser). */
export function onDesktopVerifyNow(callback: () => void): () => void {
  return window.gatehouse?.onVerifyNow(callback) ?? (() => undefined);
}

/** The computer woke up or the screen was unlocked; returns unsubscribe. */
export function onDesktopResume(callback: () => void): () => void {
  return window.gatehouse?.onResume(() => callback()) ?? (() => undefined);
}

/** An accepted gatehouse:// link (e.g. open one app); returns unsubscribe. */
export function onDesktopDeepLink(callback: (link: DeepLinkEvent) => void): () => void {
  return window.gatehouse?.onDeepLink(callback) ?? (() => undefined);
}

/** Tells the desktop app which language the portal shows, so its tray and pages match. */
export function reportLocaleToDesktop(locale: string): void {
  void window.gatehouse?.reportLocale(locale).catch(() => undefined);
}

/** Brings the desktop window to the front (a Touch ID / Windows Hello prompt needs focus). */
export function showDesktopWindow(): Promise<BridgeResult<null>> {
  return callBridge((bridge) => bridge.showWindow(), "Not in the desktop app.");
}

export const osNames: Record<PlatformInfo["os"], string> = {
  darwin: "macOS",
  win32: "Windows",
  linux: "Linux",
};
