// The tray (Windows, Linux) / menu bar (macOS) item's menu, as plain data: the adapter in
// main/tray.ts turns each item's `action` into a click handler. Pure so it is tested without
// Electron. The labels are in the app's language (desktop-text.ts).
import { trayMessages as m } from "./desktop-messages.ts";
import type { DesktopText } from "./desktop-text.ts";

export type TrayAction =
  "open-portal" | "verify-now" | "toggle-launch-at-login" | "check-for-updates" | "quit";

export type TrayMenuItem =
  | { type: "separator" }
  | {
      type: "normal" | "checkbox";
      action: TrayAction;
      label: string;
      enabled: boolean;
      checked?: boolean;
      toolTip?: string;
    };

export type TrayMenuState = {
  /** A portal is configured (organization or bundled demo server). */
  portalAvailable: boolean;
  launchAtLogin: { enabled: boolean; managedByOrganization: boolean };
  updatesEnabled: boolean;
  platform: "darwin" | "win32" | "linux";
};

export function buildTrayMenu(state: TrayMenuState, text: DesktopText): TrayMenuItem[] {
  const items: TrayMenuItem[] = [
    { type: "normal", action: "open-portal", label: text(m.openPortal), enabled: true },
    {
      type: "normal",
      action: "verify-now",
      label: text(m.verifyNow),
      // Verifying needs the portal page; before the first run is done there is nothing to verify.
      enabled: state.portalAvailable,
    },
    { type: "separator" },
    {
      type: "checkbox",
      action: "toggle-launch-at-login",
      label: text(state.platform === "darwin" ? m.openAtLogin : m.launchAtLogin),
      enabled: !state.launchAtLogin.managedByOrganization,
      checked: state.launchAtLogin.enabled,
      ...(state.launchAtLogin.managedByOrganization
        ? { toolTip: text(m.managedByOrganization) }
        : {}),
    },
  ];
  if (state.updatesEnabled) {
    items.push({
      type: "normal",
      action: "check-for-updates",
      label: text(m.checkForUpdates),
      enabled: true,
    });
  }
  items.push(
    { type: "separator" },
    { type: "normal", action: "quit", label: text(m.quit), enabled: true },
  );
  return items;
}
