// Launch at login: the user's choice (kept in settings.json) unless IT manages it, applied with
// app.setLoginItemSettings. macOS and Windows only: Electron has no login-item API for Linux.
import { app } from "electron";
import type { DistributionSettings } from "./core/distribution-settings.ts";
import { updateSettings } from "./settings-store.ts";

export function applyLaunchAtLogin(openAtLogin: boolean): void {
  if (app.isPackaged && process.platform !== "linux") {
    app.setLoginItemSettings({ openAtLogin });
  }
}

/** Flips the user's choice; returns false when IT manages the setting. */
export function toggleLaunchAtLogin(
  distribution: DistributionSettings | undefined,
  settingsFile: string,
): boolean {
  if (distribution === undefined || distribution.launchAtLogin.managedByOrganization) {
    return false;
  }
  const enabled = !distribution.launchAtLogin.enabled;
  distribution.launchAtLogin = { enabled, managedByOrganization: false };
  updateSettings(settingsFile, { launchAtLogin: enabled });
  applyLaunchAtLogin(enabled);
  return true;
}
