// The tray (Windows, Linux) / menu bar (macOS) item's menu, as plain data: the adapter in
// main/tray.ts turns each item's `action` into a click handler. Pure so it is tested without
// Electron.

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

export function buildTrayMenu(state: TrayMenuState): TrayMenuItem[] {
  const items: TrayMenuItem[] = [
    { type: "normal", action: "open-portal", label: "Open portal", enabled: true },
    {
      type: "normal",
      action: "verify-now",
      label: "Verify now",
      // Verifying needs the portal page; before the first run is done there is nothing to verify.
      enabled: state.portalAvailable,
    },
    { type: "separator" },
    {
      type: "checkbox",
      action: "toggle-launch-at-login",
      label: state.platform === "darwin" ? "Open at Login" : "Launch at login",
      enabled: !state.launchAtLogin.managedByOrganization,
      checked: state.launchAtLogin.enabled,
      ...(state.launchAtLogin.managedByOrganization
        ? { toolTip: "Your organization manages this setting." }
        : {}),
    },
  ];
  if (state.updatesEnabled) {
    items.push({
      type: "normal",
      action: "check-for-updates",
      label: "Check for updates…",
      enabled: true,
    });
  }
  items.push(
    { type: "separator" },
    { type: "normal", action: "quit", label: "Quit Gatehouse", enabled: true },
  );
  return items;
}
